package io.hydrascope.ui;

import io.hydrascope.ui.analysis.NoAnalysisResults;
import io.hydrascope.ui.analysis.SearchIndexOnlyAnalysis;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.core.Pages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Drives the real window through its views and takes a screenshot of each with ImageMagick's {@code import}, for
 * looking at under Xvfb: {@code ScreenshotTour CASE OUTDIR [ACCOUNT]}. Not a test: a tool to check the window by eye.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        Tour.arguments = args;
        Application.launch(Tour.class, args);
    }

    /** The application the tour runs; a nested class so that the class-path launch finds JavaFX. */
    public static final class Tour extends Application {
    private static String[] arguments;
    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        Path home = Path.of(System.getProperty("hydrascope.home",
                System.getProperty("java.io.tmpdir") + "/hydrascope-window-home"));
        WorkbenchSettings settings = new WorkbenchSettings(home, Optional.of(Path.of(arguments[0])),
                List.of(Path.of("").toAbsolutePath()), null);
        workbench = new Workbench(settings, new NoAnalysisResults(), new SearchIndexOnlyAnalysis(),
                DemoCaseGenerator.NONE);
        stage.setX(0);
        stage.setY(0);
        workbench.show(stage);
        Thread tour = new Thread(() -> run(Path.of(arguments[1]), arguments.length > 2 ? arguments[2] : null),
                "tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void run(Path out, String account) {
        try {
            waitFor(() -> workbench.workspace().openCase() != null, 60);
            Thread.sleep(4000);
            shot(out.resolve("overview.png"));
            String target = account != null ? account : fx(() -> firstBusiestAccount());
            fx(() -> {
                workbench.workspace().openAccount(target);
                return null;
            });
            Thread.sleep(3000);
            fx(() -> {
                TableView<?> table = (TableView<?>) workbench.root().lookup("#account-interactions");
                table.getSelectionModel().select(2);
                table.requestFocus();
                return null;
            });
            Thread.sleep(1500);
            shot(out.resolve("account.png"));
            fx(() -> {
                ((javafx.scene.control.Button) workbench.root().lookupAll(".button").stream()
                        .filter(n -> n instanceof javafx.scene.control.Button b
                                && b.getText().startsWith("Accounts sharing")).findFirst().orElseThrow()).fire();
                return null;
            });
            Thread.sleep(8000);
            shot(out.resolve("cluster.png"));
            press(workbench.root(), "#swim-lanes", javafx.scene.input.KeyCode.EQUALS, 7);
            Thread.sleep(6000);
            shot(out.resolve("cluster-zoomed.png"));
            fx(() -> {
                workbench.workspace().activePageProperty().set(Pages.OVERVIEW);
                workbench.cases().close();
                return null;
            });
            Thread.sleep(1500);
            shot(out.resolve("start.png"));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    @Override
    public void stop() {
        workbench.close();
    }

    private String firstBusiestAccount() {
        TableView<?> table = (TableView<?>) workbench.root().lookup("#busiest-accounts");
        return ((io.hydrascope.model.AccountVolume) table.getItems().get(0)).accountId();
    }

    }

    /** Types a key at a node, as a person would with the node focused. */
    static void press(javafx.scene.Parent root, String selector, javafx.scene.input.KeyCode key, int times)
            throws Exception {
        for (int i = 0; i < times; i++) {
            fx(() -> {
                javafx.scene.Node node = root.lookup(selector);
                javafx.event.Event.fireEvent(node, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                return null;
            });
            Thread.sleep(120);
        }
    }

    static void shot(Path file) throws Exception {
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", "1280x800+0+0", file.toString())
                .inheritIO().start();
        p.waitFor();
    }

    static <T> T fx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get();
    }

    static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        for (int i = 0; i < seconds * 10; i++) {
            if (fx(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }

}
