package io.hydrascope.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The report's XHTML template (mustache, HTML escaping on for every {@code {{value}}}; only the style sheet is
 * inserted unescaped). One template serves the HTML file and the PDF, so both say the same.
 */
final class ReportTemplate {
    private static final String BASE = "io/hydrascope/report/";
    private static final Mustache TEMPLATE = new DefaultMustacheFactory(BASE).compile("report.mustache");

    private ReportTemplate() {
    }

    static String render(Map<String, Object> view, boolean pdf) {
        view.put("css", resource("report.css") + (pdf ? resource("report-pdf.css") : ""));
        StringWriter out = new StringWriter(256 * 1024);
        TEMPLATE.execute(out, view);
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = ReportTemplate.class.getClassLoader().getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
