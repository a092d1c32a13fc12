package io.hydrascope.report;

import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.NetworkName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the executive summary: what was analysed, what was found, with the numbers, in plain sentences. */
final class ExecutiveSummary {
    private ExecutiveSummary() {
    }

    static List<String> of(CaseFacts f, ReportScope scope, List<ClusterSection> sections, List<Evidence> other,
                           List<Indicator> indicators) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "The case holds %,d interactions from %,d accounts between %s and %s, "
                + "imported from %d source file%s.", f.interactions(), f.accounts(), ReportFormats.date(f.firstSeen()),
                ReportFormats.date(f.lastSeen()), f.files().size(), f.files().size() == 1 ? "" : "s"));
        out.add(String.format(Locale.ROOT, "The analysis (%s) grouped the accounts into %,d networks of linked "
                + "accounts and flagged %d of them as coordinated.", f.analysisVersion(), f.clusters(), f.flaggedClusters()));
        if (f.newModel() != null && f.launch() != null) {
            out.add(String.format(Locale.ROOT, "A new model, %s, appeared on %s; a campaign that moves its traffic "
                    + "there within a day shows up as the model-move signal.", f.newModel(),
                    ReportFormats.dateTime(f.launch())));
        }
        if (sections.isEmpty()) {
            out.add(scope instanceof ReportScope.WholeCase
                    ? "No network was flagged and none was bookmarked, so this report names no campaign."
                    : "The scope holds no analysed accounts.");
        }
        for (ClusterSection s : sections) {
            out.add(sectionSentence(s));
        }
        if (!other.isEmpty()) {
            out.add(String.format(Locale.ROOT, "%d bookmarked interaction%s outside these networks %s listed as "
                    + "further evidence.", other.size(), other.size() == 1 ? "" : "s", other.size() == 1 ? "is" : "are"));
        }
        out.add(indicatorSentence(indicators));
        return out;
    }

    private static String sectionSentence(ClusterSection s) {
        ClusterResult c = s.cluster();
        String topics = s.topics().stream().filter(t -> !"general".equals(t.topic())).limit(3)
                .map(t -> String.format(Locale.ROOT, "%s %.0f%%", t.topic(), 100 * t.share()))
                .collect(Collectors.joining(", "));
        String who = s.partial() ? String.format(Locale.ROOT, "%d chosen account%s of %s", s.accountsInScope(),
                s.accountsInScope() == 1 ? "" : "s", NetworkName.of(c.id())) : NetworkName.of(c.id());
        return String.format(Locale.ROOT, "%s (%s, risk %.2f): %,d accounts, %,d interactions from %s to %s%s. "
                + "Strongest evidence: %s.", who, c.flagged() ? "flagged" : "not flagged", c.risk(), c.accounts(),
                c.interactions(), ReportFormats.date(Micros.instant(c.firstTimestampMicros())),
                ReportFormats.date(Micros.instant(c.lastTimestampMicros())),
                topics.isEmpty() ? "" : "; targeted capabilities: " + topics, c.headline());
    }

    private static String indicatorSentence(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return "No indicator reached the confidence needed for sharing.";
        }
        Map<IndicatorType, Integer> byType = new EnumMap<>(IndicatorType.class);
        indicators.forEach(i -> byType.merge(i.type(), 1, Integer::sum));
        String parts = byType.entrySet().stream().map(e -> IndicatorDigest.count(e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%,d indicators for sharing or blocking (%s): each network's section lists "
                + "the strongest, the CSV and STIX 2.1 exports hold them all.", indicators.size(), parts);
    }
}
