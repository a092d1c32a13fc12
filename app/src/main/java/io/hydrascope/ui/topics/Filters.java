package io.hydrascope.ui.topics;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.ui.core.ViewFilter;

/** The part of the workspace's {@link ViewFilter} that restricts interactions (topics, models, window, risk). */
public final class Filters {
    private Filters() {
    }

    public static InteractionCriteria of(ViewFilter filter) {
        ViewFilter f = filter == null ? ViewFilter.NONE : filter;
        return new InteractionCriteria(f.topics(), f.models(), f.window(), f.minRisk());
    }

    /** "filtered: models atlas-4; risk ≥ 0.50" or "" when nothing is filtered. */
    public static String describe(ViewFilter filter) {
        if (filter == null || filter.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("filtered:");
        if (!filter.topics().isEmpty()) {
            out.append(" topics ").append(String.join(", ", filter.topics().stream().sorted().toList())).append(';');
        }
        if (!filter.models().isEmpty()) {
            out.append(" models ").append(String.join(", ", filter.models().stream().sorted().toList())).append(';');
        }
        if (filter.window() != null) {
            out.append(" time window;");
        }
        if (filter.minRisk() > 0) {
            out.append(String.format(java.util.Locale.ROOT, " risk ≥ %.2f;", filter.minRisk()));
        }
        if (!filter.tags().isEmpty()) {
            out.append(" tags (not applied here);");
        }
        return out.substring(0, out.length() - 1);
    }
}
