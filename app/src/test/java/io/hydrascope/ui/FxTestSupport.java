package io.hydrascope.ui;

import io.hydrascope.ui.core.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for the headless window tests. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    /** Shows {@code root} in the stage with the application's stylesheets. */
    public static void show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    /** Waits until the condition holds on the FX thread (background queries land asynchronously). */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (Exception e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the overview lists the busiest accounts and {@code andAlso} holds. */
    public static void waitForOverview(FxRobot robot, Callable<Boolean> andAlso) {
        waitUntil(() -> robot.lookup("#busiest-accounts").queryTableView().getItems().size() > 0 && andAlso.call());
    }

    /**
     * Labels, buttons and column headers on screen whose text is shown shortened (with the control's ellipsis,
     * "..." by default), as "class 'full text' shown as 'shortened'".
     * Table and list cells are left out: a prompt preview is cut on purpose, the full text is one click away.
     */
    public static List<String> cutOffTexts(FxRobot robot, Parent root) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> collect(root, root, cut));
        return cut;
    }

    private static void collect(Node node, Parent root, List<String> cut) {
        if (!node.isVisible() || node instanceof IndexedCell) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && onScreen(labeled, root)) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                String ellipsis = labeled.getEllipsisString();
                if (child instanceof Text shown && child.isVisible() && !shown.getText().equals(labeled.getText())
                        && shown.getText().contains(ellipsis) && !labeled.getText().contains(ellipsis)) {
                    cut.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shown as '"
                            + shown.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, root, cut);
            }
        }
    }

    private static boolean onScreen(Node node, Parent root) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b != null && b.getWidth() > 0 && b.getMaxX() > 0 && b.getMinX() < root.getScene().getWidth()
                && b.getMaxY() > 0 && b.getMinY() < root.getScene().getHeight();
    }
}
