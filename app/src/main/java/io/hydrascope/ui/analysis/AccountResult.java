package io.hydrascope.ui.analysis;

import java.util.List;

/** What the latest analysis run concluded about one account. {@code clusterId} is null when it joined none. */
public record AccountResult(String accountId, String clusterId, double risk, boolean flagged, String topTopic,
                           List<SignalSummary> signals) {
}
