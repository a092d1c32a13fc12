package io.hydrascope.report;

import io.hydrascope.model.AccountInfo;
import io.hydrascope.model.AccountResult;
import io.hydrascope.model.ClusterResult;
import io.hydrascope.store.ReportQueries.ActivitySpan;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accounts one report section covers and what is known about them. {@code sources} are the accounts whose
 * infrastructure becomes indicators: the flagged accounts of a flagged cluster (an unflagged member of a campaign
 * cluster may be an ordinary customer behind the same proxy), otherwise every account in scope.
 */
record SectionScope(ClusterResult cluster, boolean partial, List<Long> refs, Set<Long> sources,
                    Map<Long, AccountInfo> infos, Map<Long, AccountResult> results, Map<Long, ActivitySpan> activity) {
}
