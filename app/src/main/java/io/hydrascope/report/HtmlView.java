package io.hydrascope.report;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.NetworkName;
import io.hydrascope.model.ProgressListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the HTML/XHTML template shows, as plain maps and lists of display text. Text from the case is cleaned
 * here ({@link ReportText#clean}) and escaped by the template engine; only pictures ({@code data:} URIs made here)
 * and the style sheet come from this code.
 */
final class HtmlView {
    private HtmlView() {
    }

    static Map<String, Object> of(ReportModel m, Pictures pictures, boolean pdf, ProgressListener progress,
                                  CancellationToken cancel) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("pdf", pdf);
        v.put("html", !pdf);
        v.put("title", ReportText.oneLine(m.title()));
        v.put("team", ReportText.oneLine(m.team()));
        v.put("generator", ReportText.oneLine(m.generator()));
        v.put("generated", ReportFormats.dateTime(m.generatedAt()));
        v.put("scope", ReportText.oneLine(m.scope().describe()));
        v.put("summary", m.summary().stream().map(ReportText::oneLine).toList());
        v.put("facts", facts(m.facts()));
        List<Map<String, Object>> sections = new ArrayList<>();
        HtmlSectionView sectionView = new HtmlSectionView(pictures, m.options().maxIndicatorRows());
        int n = 0;
        for (ClusterSection s : m.sections()) {
            cancel.throwIfCancelled();
            progress.progress(n++, m.sections().size(), "drawing network " + s.cluster().id());
            sections.add(sectionView.of(s));
        }
        v.put("sections", sections);
        v.put("otherEvidence", HtmlSectionView.samples(m.otherEvidence()));
        v.put("hasOtherEvidence", !m.otherEvidence().isEmpty());
        v.put("caseNotes", HtmlSectionView.annotations(m.caseAnnotations()));
        v.put("hasCaseNotes", !m.caseAnnotations().isEmpty());
        v.put("methodology", Methodology.topics().stream().map(t -> map("title", t.title(), "text", t.text()))
                .toList());
        indicators(v, m);
        v.put("toc", toc(m));
        return v;
    }

    private static Map<String, Object> facts(CaseFacts f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("caseName", ReportText.oneLine(f.caseName()));
        v.put("interactions", ReportFormats.count(f.interactions()));
        v.put("accounts", ReportFormats.count(f.accounts()));
        v.put("from", ReportFormats.seconds(f.firstSeen()));
        v.put("to", ReportFormats.seconds(f.lastSeen()));
        v.put("version", ReportText.oneLine(f.analysisVersion()));
        v.put("analysedAt", ReportFormats.seconds(f.analysedAt()));
        v.put("clusters", ReportFormats.count(f.clusters()));
        v.put("flagged", ReportFormats.count(f.flaggedClusters()));
        v.put("files", f.files().stream().map(d -> map("name", ReportText.oneLine(d.name()), "kind", d.kind(),
                "format", ReportText.oneLine(d.format()), "rows", ReportFormats.count(d.rows()),
                "imported", ReportFormats.count(d.imported()), "sha256", d.sha256() == null
                        ? "(import did not reach the end of the file)" : d.sha256())).toList());
        v.put("settings", f.settings().entrySet().stream().map(e -> map("name", ReportText.oneLine(e.getKey()),
                "value", ReportText.oneLine(e.getValue()))).toList());
        v.put("baselines", f.baselines().entrySet().stream().map(e -> map("name", e.getKey().replace('_', ' '),
                "value", ReportFormats.percent(e.getValue()))).toList());
        if (f.newModel() != null) {
            v.put("launch", map("model", ReportText.oneLine(f.newModel()), "at", ReportFormats.seconds(f.launch()),
                    "previous", f.previousModel() == null ? "" : ReportText.oneLine(f.previousModel())));
        }
        return v;
    }

    /** The appendix: how many indicators of each type each network gave; the exports hold the list. */
    private static void indicators(Map<String, Object> v, ReportModel m) {
        List<Indicator> all = m.indicators();
        v.put("indicatorCount", ReportFormats.count(all.size()));
        v.put("indicatorsPerSection", Integer.toString(m.options().maxIndicatorRows()));
        v.put("indicatorNetworks", IndicatorDigest.networks(all));
        v.put("indicatorTypes", IndicatorDigest.typeRows(all).stream().map(r -> map("type", r.type(),
                "counts", r.counts(), "total", r.total())).toList());
        v.put("noIndicators", all.isEmpty());
    }

    private static List<Map<String, Object>> toc(ReportModel m) {
        List<Map<String, Object>> toc = new ArrayList<>();
        toc.add(map("anchor", "summary", "label", "Executive summary"));
        toc.add(map("anchor", "case", "label", "Case and reproducibility"));
        for (ClusterSection s : m.sections()) {
            toc.add(map("anchor", s.anchor(), "label", NetworkName.of(s.cluster().id())));
        }
        if (!m.otherEvidence().isEmpty()) {
            toc.add(map("anchor", "other-evidence", "label", "Other bookmarked evidence"));
        }
        if (!m.caseAnnotations().isEmpty()) {
            toc.add(map("anchor", "case-notes", "label", "Case notes and bookmarks"));
        }
        toc.add(map("anchor", "methodology", "label", "Appendix A: Methodology"));
        toc.add(map("anchor", "indicators", "label", "Appendix B: Indicators"));
        return toc;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
