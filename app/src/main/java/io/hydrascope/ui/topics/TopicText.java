package io.hydrascope.ui.topics;

import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.TopicBreakdown;
import io.hydrascope.model.TopicStat;
import io.hydrascope.store.TopicQueries;
import io.hydrascope.ui.core.TimeFormats;
import java.util.Locale;

/** How topic numbers read on screen: shares, lifts, rates and the one-line summary of a scope. */
final class TopicText {
    private TopicText() {
    }

    static String percent(double share) {
        return share > 0 && share < 0.001 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** "×3.8", "new" when the baseline never asks about it, "—" without a baseline. */
    static String lift(TopicStat s) {
        double lift = s.lift();
        if (Double.isNaN(lift)) {
            return "—";
        }
        if (Double.isInfinite(lift)) {
            return "only here";
        }
        return String.format(Locale.ROOT, lift >= 10 ? "×%.0f" : "×%.1f", lift);
    }

    static String baselineName(TopicQueries.Baseline baseline, InteractionScope scope) {
        boolean whole = scope != null && scope.kind() == InteractionScope.Kind.CASE;
        return switch (baseline) {
            case UNFLAGGED -> whole ? "unflagged accounts" : "unflagged accounts outside it";
            case REST -> whole ? "nothing (the scope is the whole case)" : "the rest of the case";
        };
    }

    static String summary(TopicBreakdown b, TopicQueries.Baseline baseline, InteractionScope scope) {
        String base = b.baselineInteractions() == 0 ? "no baseline"
                : "baseline: " + baselineName(baseline, scope) + ", " + TimeFormats.count(b.baselineInteractions())
                + " interactions, chain-of-thought " + percent(b.baselineChainOfThoughtRate());
        return TimeFormats.count(b.interactions()) + " classified interactions · chain-of-thought asked in "
                + percent(b.chainOfThoughtRate()) + " · " + base;
    }
}
