package io.hydrascope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cut-off check must catch a label that does not fit, or the views' checks prove nothing. */
@ExtendWith(ApplicationExtension.class)
class FxTestSupportTest {
    VBox root;

    @Start
    void start(Stage stage) {
        Label fits = new Label("short");
        Label cut = new Label("a label far too long for the eighty pixels it was given");
        cut.setMaxWidth(80);
        root = new VBox(fits, cut);
        stage.setScene(new Scene(root, 300, 100));
        stage.show();
    }

    @Test
    void reportsALabelShownShortened(FxRobot robot) {
        assertEquals(List.of("Label 'a label far too long for the eighty pixels it was given' shown as '"
                + robot.lookup(".label").nth(1).queryAs(Label.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                .findFirst().orElse("?") + "'"), FxTestSupport.cutOffTexts(robot, root));
    }
}
