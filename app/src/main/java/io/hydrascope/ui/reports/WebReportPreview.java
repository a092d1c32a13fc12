package io.hydrascope.ui.reports;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * HTML previews in a web view with scripts disabled, text previews in a read-only text area. The report is
 * self-contained, but prompts in it are attacker-controlled: besides disabling scripts, the view refuses to follow
 * a link out of the report (it reloads the report instead), so nothing remote is ever fetched. FX thread only.
 */
public final class WebReportPreview implements ReportPreview {
    private final WebView web = new WebView();
    private final TextReportPreview text = new TextReportPreview();
    private final StackPane pane = new StackPane(web, text.node());
    private String html = "";

    public WebReportPreview() {
        web.setId("report-preview-web");
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setOnAlert(e -> { });
        engine.setCreatePopupHandler(features -> null);
        engine.locationProperty().addListener((o, a, location) -> {
            if (location != null && !location.isEmpty() && !location.startsWith("about:")) {
                Platform.runLater(() -> engine.loadContent(html, "text/html"));
            }
        });
        show(null);
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public void show(ExportReportViewModel.Preview preview) {
        boolean asHtml = preview != null && preview.html();
        web.setVisible(asHtml);
        text.node().setVisible(!asHtml);
        html = asHtml ? preview.content() : "";
        web.getEngine().loadContent(html, "text/html");
        text.show(asHtml ? null : preview);
    }
}
