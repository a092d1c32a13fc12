package io.hydrascope.analysis;

import java.util.List;

/**
 * Rates that cluster signals are compared with ("92% single-turn vs 41% elsewhere"). Rates are shares of
 * interactions; {@link #rest} gives the rates of everything outside a cluster, so a large campaign cannot raise
 * its own baseline. {@code quietShare} is the median over accounts with enough activity.
 */
final class Baselines {
    private final long n;
    private final long follow;
    private final long cot;
    private final long minute;
    private final long post;
    private final long postNew;
    private final long openings;
    private final long generalOpenings;
    private final long shared;
    private final long payload;
    private final double quietShare;
    private final int generalTopic;

    private Baselines(long[] t, double quietShare, int generalTopic) {
        n = t[0];
        follow = t[1];
        cot = t[2];
        minute = t[3];
        post = t[4];
        postNew = t[5];
        openings = t[6];
        generalOpenings = t[7];
        shared = t[8];
        payload = t[9];
        this.quietShare = quietShare;
        this.generalTopic = generalTopic;
    }

    static Baselines of(List<AccountStats> accounts, int generalTopic) {
        double[] quiet = accounts.stream().filter(a -> a.interactions >= RiskModel.MIN_RHYTHM_INTERACTIONS)
                .mapToDouble(AccountStats::quietWindowShare).sorted().toArray();
        return new Baselines(totals(accounts, generalTopic), median(quiet), generalTopic);
    }

    /** The same rates over every account not in {@code members}. */
    Baselines rest(List<AccountStats> members) {
        long[] m = totals(members, generalTopic);
        long[] all = {n, follow, cot, minute, post, postNew, openings, generalOpenings, shared, payload};
        long[] rest = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            rest[i] = all[i] - m[i];
        }
        return new Baselines(rest, quietShare, generalTopic);
    }

    private static long[] totals(List<AccountStats> accounts, int generalTopic) {
        long[] t = new long[10];
        for (AccountStats a : accounts) {
            t[0] += a.interactions;
            t[1] += a.followUps;
            t[2] += a.chainOfThought;
            t[3] += a.minuteBoundary;
            t[4] += a.postLaunchDay;
            t[5] += a.newModelPostLaunchDay;
            t[6] += a.openings;
            t[7] += generalTopic < a.openingTopics.length ? a.openingTopics[generalTopic] : 0;
            t[8] += a.clusterTemplated;
            t[9] += a.clusterPayload;
        }
        return t;
    }

    double singleTurn() {
        return share(n - follow, n);
    }

    double chainOfThought() {
        return share(cot, n);
    }

    double minuteBoundary() {
        return share(minute, n);
    }

    double newModelFirstDay() {
        return share(postNew, post);
    }

    double targetTopics() {
        return share(openings - generalOpenings, openings);
    }

    double sharedTemplates() {
        return share(shared, n);
    }

    double sharedPayload() {
        return share(payload, n);
    }

    double quietShare() {
        return quietShare;
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double median(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
