package io.hydrascope.report;

import java.util.List;

/**
 * What a report covers: the whole case (flagged clusters, bookmarked clusters and bookmarked evidence), one cluster,
 * or chosen accounts (reported per cluster they belong to, with only the chosen accounts' activity).
 */
public sealed interface ReportScope {
    /** A sentence naming the scope, for the report's front page. */
    String describe();

    static ReportScope wholeCase() {
        return new WholeCase();
    }

    static ReportScope cluster(long clusterId) {
        return new Cluster(clusterId);
    }

    static ReportScope accounts(List<String> accountIds) {
        return new Accounts(accountIds);
    }

    record WholeCase() implements ReportScope {
        @Override
        public String describe() {
            return "Whole case: flagged networks and bookmarked evidence";
        }
    }

    record Cluster(long clusterId) implements ReportScope {
        @Override
        public String describe() {
            return io.hydrascope.model.NetworkName.of(clusterId);
        }
    }

    record Accounts(List<String> accountIds) implements ReportScope {
        public Accounts {
            accountIds = List.copyOf(accountIds);
            if (accountIds.isEmpty()) {
                throw new IllegalArgumentException("name at least one account");
            }
        }

        @Override
        public String describe() {
            return accountIds.size() == 1 ? "One chosen account" : accountIds.size() + " chosen accounts";
        }
    }
}
