package io.hydrascope.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ui.FxTestSupport;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's preview area: HTML in a web view with scripts off, text formats in a read-only text area. */
@ExtendWith(ApplicationExtension.class)
class WebReportPreviewFxTest {
    WebReportPreview preview;

    @Start
    void start(Stage stage) {
        preview = new WebReportPreview();
        stage.setScene(new Scene((javafx.scene.Parent) preview.node(), 600, 400));
        stage.show();
    }

    private static String heading(WebView web) {
        var doc = web.getEngine().getDocument();
        var h1 = doc == null ? null : doc.getElementsByTagName("h1");
        return h1 == null || h1.getLength() == 0 ? null : h1.item(0).getTextContent();
    }

    @Test
    void htmlIsShownWithScriptsDisabledAndTextFormatsAsReadOnlyText(FxRobot robot) {
        robot.interact(() -> preview.show(new ExportReportViewModel.Preview(true,
                "<html><body><h1>Report</h1><script>document.title='ran'</script></body></html>", "")));
        WebView web = robot.lookup("#report-preview-web").query();
        TextArea text = robot.lookup("#report-preview-text").query();
        assertFalse(web.getEngine().isJavaScriptEnabled());
        assertTrue(web.isVisible());
        assertFalse(text.isVisible());
        FxTestSupport.waitUntil(() -> web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED);
        assertEquals("Report", heading(web), "the report is shown");
        assertFalse("ran".equals(web.getEngine().getTitle()), "its scripts did not run");

        robot.interact(() -> web.getEngine().load("http://evil.example/steal"));
        FxTestSupport.waitUntil(() -> web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && "Report".equals(heading(web)));
        assertFalse(String.valueOf(web.getEngine().getLocation()).contains("evil.example"),
                "a link out of the report is not followed");

        robot.interact(() -> preview.show(new ExportReportViewModel.Preview(false, "type,value\nipv4,10.0.0.1\n", "")));
        assertFalse(web.isVisible());
        assertTrue(text.isVisible());
        assertFalse(text.isEditable());
        assertEquals("type,value\nipv4,10.0.0.1\n", text.getText());
    }
}
