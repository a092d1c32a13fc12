package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.AliasTable;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.text.PromptFamily;
import io.hydrascope.scenario.text.PromptLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Benchmark runs of a research group: each job walks a slice of a fixed suite one item at a time at a near-constant
 * pace from one cluster host. Suites are fixed test sets, so the same item text recurs across runs and models.
 * Jobs start mostly in the evening, and a burst of them compares the new model right after its launch.
 */
final class BenchmarkJobs {
    private static final long HOUR = 3_600_000L;

    /** One run: items {@code [first, first + count)} of a suite, sent every {@code intervalMillis} or so. */
    static final class Job {
        final SimAccount account;
        final PromptFamily suite;
        final long suiteSeed;
        final long first;
        final int count;
        final long intervalMillis;
        final String model;
        final SplittableRandom rng;
        int sent;
        long next;

        Job(SimAccount account, PromptFamily suite, long suiteSeed, long first, int count, long start,
                long intervalMillis, String model, SplittableRandom rng) {
            this.account = account;
            this.suite = suite;
            this.suiteSeed = suiteSeed;
            this.first = first;
            this.count = count;
            this.next = start;
            this.intervalMillis = intervalMillis;
            this.model = model;
            this.rng = rng;
        }
    }

    private final List<Job> jobs = new ArrayList<>();

    /**
     * Plans jobs until they hold {@code items} prompts in all.
     *
     * @param accounts who runs jobs, each weighted by its {@code weight}
     * @param offset the group's UTC offset in minutes, for evening starts
     */
    BenchmarkJobs(long items, List<SimAccount> accounts, PromptLibrary library, ModelChoice models, int offset,
            long start, long end, SplittableRandom rng) {
        List<PromptFamily> suites = library.families("benchmark");
        double[] weights = accounts.stream().mapToDouble(a -> a.weight).toArray();
        AliasTable table = new AliasTable(weights);
        long planned = 0;
        while (planned < items) {
            int count = (int) Math.min(items - planned, Math.max(50, Math.round(Rand.logNormal(rng, 600, 0.6))));
            long interval = Math.round(Rand.logNormal(rng, 2200, 0.35));
            long duration = count * interval;
            long latest = Math.max(start, end - duration);
            long t = startTime(rng, models.launch(), offset, start, latest);
            SimAccount a = accounts.get(table.sample(rng));
            int suiteIndex = rng.nextInt(suites.size());
            String model = models.at(t, a, rng);
            jobs.add(new Job(a, suites.get(suiteIndex), 7919L * (suiteIndex + 1), rng.nextInt(4000), count, t,
                    interval, model, rng.split()));
            planned += count;
        }
        jobs.sort(Comparator.comparingLong(j -> j.next));
    }

    private static long startTime(SplittableRandom rng, long launch, int offset, long start, long latest) {
        if (rng.nextDouble() < 0.3 && launch < latest) {
            return Rand.between(rng, launch, Math.min(latest, launch + 36 * HOUR));
        }
        while (true) {
            long t = Rand.between(rng, start, latest);
            if (rng.nextDouble() * 2.7 < DailyRhythm.EVENING_JOBS.at(t, offset)) {
                return t;
            }
        }
    }

    /** Adds the items every job sends before {@code sliceEnd}. */
    void emit(long sliceEnd, Exchanges exchanges, PromptLibrary library, SliceBuffer out) {
        for (Job job : jobs) {
            if (job.sent == 0 && job.next >= sliceEnd) {
                break;
            }
            while (job.sent < job.count && job.next < sliceEnd) {
                String prompt = library.item(job.suite, job.suiteSeed, job.first + job.sent);
                Exchanges.Setting setting = new Exchanges.Setting(job.account, job.account.homeIp,
                        job.account.userAgent, job.model, 0, 0.002, 0.004, false, false);
                exchanges.emitSingle(job.rng, job.next, setting, prompt, job.suite, out);
                job.sent++;
                job.next += Math.round(job.intervalMillis * (0.85 + 0.3 * job.rng.nextDouble()));
            }
        }
    }
}
