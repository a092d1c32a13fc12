package io.hydrascope.analysis;

import java.util.List;

/**
 * Case-wide rates that cluster signals are compared with ("92% single-turn vs 41% in the case"). Rates are shares
 * of interactions; {@code quietShare} is the median over accounts with enough activity.
 */
record Baselines(double singleTurn, double chainOfThought, double minuteBoundary, double newModelFirstDay,
                 double targetTopics, double sharedTemplates, double quietShare, double medianInteractions) {

    static Baselines of(List<AccountStats> accounts, int generalTopic) {
        long n = 0;
        long follow = 0;
        long cot = 0;
        long minute = 0;
        long post = 0;
        long postNew = 0;
        long general = 0;
        long openings = 0;
        long shared = 0;
        for (AccountStats a : accounts) {
            n += a.interactions;
            follow += a.followUps;
            cot += a.chainOfThought;
            minute += a.minuteBoundary;
            post += a.postLaunchDay;
            postNew += a.newModelPostLaunchDay;
            general += generalTopic < a.openingTopics.length ? a.openingTopics[generalTopic] : 0;
            openings += a.openings;
            shared += a.sharedTemplated;
        }
        double[] quiet = accounts.stream().filter(a -> a.interactions >= RiskModel.MIN_RHYTHM_INTERACTIONS)
                .mapToDouble(AccountStats::quietWindowShare).sorted().toArray();
        double[] volumes = accounts.stream().filter(a -> a.interactions > 0).mapToDouble(a -> a.interactions)
                .sorted().toArray();
        return new Baselines(share(n - follow, n), share(cot, n), share(minute, n), share(postNew, post),
                share(openings - general, openings), share(shared, n), median(quiet), median(volumes));
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double median(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
