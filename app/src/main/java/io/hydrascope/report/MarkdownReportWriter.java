package io.hydrascope.report;

import static io.hydrascope.report.MarkdownText.code;
import static io.hydrascope.report.MarkdownText.text;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ClusterSignal;
import io.hydrascope.model.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The report as Markdown for an incident ticket or a wiki. Everything from the logs or from analysts is made inert
 * ({@link MarkdownText}): no raw HTML, no live link, no markup. Charts and the cluster picture are in the HTML and
 * PDF reports only.
 */
public final class MarkdownReportWriter implements ReportWriter {
    @Override
    public void write(ReportModel model, OutputStream out, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        StringBuilder md = new StringBuilder(64 * 1024);
        header(md, model);
        facts(md, model.facts());
        int n = 0;
        for (ClusterSection s : model.sections()) {
            cancel.throwIfCancelled();
            progress.progress(n++, model.sections().size(), "writing network " + s.cluster().id());
            new MarkdownSection(md, model.options().maxIndicatorRows()).write(s);
        }
        if (!model.otherEvidence().isEmpty()) {
            md.append("## Other bookmarked evidence\n\n");
            MarkdownSection.samples(md, model.otherEvidence());
        }
        if (!model.caseAnnotations().isEmpty()) {
            md.append("## Case notes and bookmarks\n\n");
            MarkdownSection.annotations(md, model.caseAnnotations());
        }
        appendix(md, model);
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void header(StringBuilder md, ReportModel m) {
        md.append("# ").append(text(m.title())).append("\n\n");
        md.append("Prepared by ").append(text(m.team())).append(" on ").append(ReportFormats.dateTime(m.generatedAt()))
                .append(" with ").append(text(m.generator())).append(". Scope: ").append(text(m.scope().describe()))
                .append(".\n\n");
        md.append("## Executive summary\n\n");
        for (String line : m.summary()) {
            md.append("- ").append(text(line)).append('\n');
        }
        md.append('\n');
    }

    private static void facts(StringBuilder md, CaseFacts f) {
        md.append("## Case and reproducibility\n\n");
        md.append("Case file ").append(code(f.caseName(), false)).append(", ")
                .append(ReportFormats.count(f.interactions())).append(" interactions, ")
                .append(ReportFormats.count(f.accounts())).append(" accounts, from ")
                .append(ReportFormats.seconds(f.firstSeen())).append(" to ").append(ReportFormats.seconds(f.lastSeen()))
                .append(". Analysis ").append(code(f.analysisVersion(), false)).append(" finished ")
                .append(ReportFormats.seconds(f.analysedAt())).append(".\n\n");
        md.append("| File | Kind | Rows read | Imported | SHA-256 |\n|---|---|---:|---:|---|\n");
        for (CaseFacts.DataFile d : f.files()) {
            md.append("| ").append(code(d.name(), true)).append(" | ").append(d.kind()).append(" | ")
                    .append(ReportFormats.count(d.rows())).append(" | ").append(ReportFormats.count(d.imported()))
                    .append(" | ").append(d.sha256() == null ? "(incomplete import)" : code(d.sha256(), true))
                    .append(" |\n");
        }
        md.append("\nAnalysis settings:\n\n").append(MarkdownText.fenced(f.settingsJson())).append('\n');
        if (!f.baselines().isEmpty()) {
            md.append("| Case baseline | Rate |\n|---|---:|\n");
            for (Map.Entry<String, Double> b : f.baselines().entrySet()) {
                md.append("| ").append(text(b.getKey())).append(" | ").append(ReportFormats.percent(b.getValue()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (f.newModel() != null) {
            md.append("Model launch: ").append(code(f.newModel(), false)).append(" first seen ")
                    .append(ReportFormats.seconds(f.launch())).append(f.previousModel() == null ? ""
                            : " (previous model " + code(f.previousModel(), false) + ")").append(".\n\n");
        }
    }

    private static void appendix(StringBuilder md, ReportModel m) {
        md.append("## Appendix A: Methodology\n\n");
        for (Methodology.Topic t : Methodology.topics()) {
            md.append("**").append(text(t.title())).append(".** ").append(text(t.text())).append("\n\n");
        }
        md.append("## Appendix B: Indicators\n\n");
        List<Indicator> list = m.indicators();
        md.append(ReportFormats.count(list.size())).append(" indicators for sharing or blocking. Each network's section "
                + "lists its ").append(m.options().maxIndicatorRows()).append(" with the highest confidence; the "
                + "indicator CSV and the STIX 2.1 bundle of this report hold every one of them.\n\n");
        if (list.isEmpty()) {
            return;
        }
        List<String> networks = IndicatorDigest.networks(list);
        md.append("| Type | ").append(String.join(" | ", networks)).append(" | All |\n|---|")
                .append("---:|".repeat(networks.size() + 1)).append('\n');
        for (IndicatorDigest.TypeRow r : IndicatorDigest.typeRows(list)) {
            md.append("| ").append(r.type()).append(" | ").append(String.join(" | ", r.counts())).append(" | ")
                    .append(r.total()).append(" |\n");
        }
    }

    static String signalRow(ClusterSignal s) {
        return "| " + text(s.signal()) + " | " + ReportFormats.signalValue(s.signal(), s.value()) + " | "
                + (s.baseline() == null ? "–" : ReportFormats.signalValue(s.signal(), s.baseline())) + " | "
                + String.format(java.util.Locale.ROOT, "%+.2f", s.contribution()) + " | " + text(s.description())
                + " |\n";
    }
}
