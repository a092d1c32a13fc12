package io.hydrascope.analysis;

import io.hydrascope.model.AccountInfo;

/** What the scan learns about one account. Filled by {@link CaseScanner} on one thread. */
final class AccountStats {
    static final int SYNC_BINS = 32;
    static final int SYNC_ROWS = 4;

    final int index;
    final AccountInfo info;
    long interactions;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    final long[] hours = new long[24];
    long minuteBoundary;
    long followUps;
    long chainOfThought;
    long[] topics = new long[16];
    long[] openingTopics = new long[16];
    long openings;
    long clusterTemplated;
    /** Prompts this account sent word for word as another member of its cluster did. */
    long clusterPayload;
    final long[] syncSketch = MinSketch.create(SYNC_BINS);
    long postLaunchDay;
    long newModelPostLaunchDay;
    long firstNewModelTs = Long.MAX_VALUE;
    long lastBucket = Long.MIN_VALUE;
    int windows;
    int distinctIps;
    int clusterIndex = -1;
    /** Other members of the account's cluster created within an hour of it. */
    int burstNeighbours;

    AccountStats(int index, AccountInfo info) {
        this.index = index;
        this.info = info;
    }

    void countTopic(int topic) {
        if (topic >= topics.length) {
            topics = java.util.Arrays.copyOf(topics, topic + 8);
        }
        topics[topic]++;
    }

    void countOpeningTopic(int topic) {
        if (topic >= openingTopics.length) {
            openingTopics = java.util.Arrays.copyOf(openingTopics, topic + 8);
        }
        openingTopics[topic]++;
        openings++;
    }

    double share(long part) {
        return interactions == 0 ? 0 : (double) part / interactions;
    }

    /** Share of activity in the account's quietest 6 consecutive hours (UTC, wrapping): near 0 for a person. */
    double quietWindowShare() {
        if (interactions == 0) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (int start = 0; start < 24; start++) {
            long sum = 0;
            for (int k = 0; k < 6; k++) {
                sum += hours[(start + k) % 24];
            }
            best = Math.min(best, sum);
        }
        return (double) best / interactions;
    }
}
