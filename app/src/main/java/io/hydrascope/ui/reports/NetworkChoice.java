package io.hydrascope.ui.reports;

import io.hydrascope.model.NetworkName;
import io.hydrascope.store.ReadSession;
import io.hydrascope.ui.analysis.AnalysisResultsSource;
import io.hydrascope.ui.analysis.ClusterSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A network the report can cover, as the Export dialog lists it: flagged ones first, riskiest first. */
public record NetworkChoice(long id, int accounts, long interactions, double risk, boolean flagged) {
    /** Flagged first, then by risk (highest first), then by number. */
    public static final Comparator<NetworkChoice> LISTED = Comparator.comparing((NetworkChoice n) -> !n.flagged())
            .thenComparing(Comparator.comparingDouble(NetworkChoice::risk).reversed())
            .thenComparingLong(NetworkChoice::id);

    /** The latest analysis's networks a report can cover, in {@link #LISTED} order; single accounts left out. */
    static List<NetworkChoice> listed(AnalysisResultsSource results, ReadSession session) {
        return results.rankedClusters(session, Integer.MAX_VALUE).stream().map(NetworkChoice::of)
                .filter(n -> n != null && (n.flagged() || n.accounts() > 1)).sorted(LISTED).toList();
    }

    /** The network of a ranked cluster, or null when its id is not a number. */
    static NetworkChoice of(ClusterSummary c) {
        try {
            return new NetworkChoice(Long.parseLong(c.clusterId().strip()), c.accounts(), c.interactions(), c.risk(),
                    c.flagged());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String name() {
        return NetworkName.of(id);
    }

    /** "Network 3 · 327 accounts · risk 0.52 · flagged". */
    public String describe() {
        return String.format(Locale.ROOT, "%s · %,d account%s · risk %.2f%s", name(), accounts,
                accounts == 1 ? "" : "s", risk, flagged ? " · flagged" : "");
    }
}
