package io.hydrascope.ui.timeline;

import io.hydrascope.model.LaneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How the lanes of a cluster are ordered; creation order makes creation bursts show as a diagonal. */
public enum LaneOrder {
    CREATED("Creation time", Comparator.comparing(LaneSummary::createdMicros,
            Comparator.nullsLast(Comparator.naturalOrder()))),
    FIRST_ACTIVE("First activity", Comparator.comparing(LaneSummary::firstMicros,
            Comparator.nullsLast(Comparator.naturalOrder()))),
    VOLUME("Most interactions", Comparator.comparingLong(LaneSummary::interactions).reversed()),
    GIVEN("As listed", null);

    private final String label;
    private final Comparator<LaneSummary> comparator;

    LaneOrder(String label, Comparator<LaneSummary> comparator) {
        this.label = label;
        this.comparator = comparator;
    }

    public List<LaneSummary> apply(List<LaneSummary> lanes) {
        List<LaneSummary> out = new ArrayList<>(lanes);
        if (comparator != null) {
            out.sort(comparator.thenComparing(LaneSummary::accountId));
        }
        return out;
    }

    @Override
    public String toString() {
        return label;
    }
}
