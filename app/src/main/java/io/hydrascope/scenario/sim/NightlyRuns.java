package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.text.PromptFamily;
import io.hydrascope.scenario.text.PromptLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The nightly benchmark runs of an evaluation vendor. Every night at the same minute each API key starts its shard of
 * the suites, all keys together, one item per interval like a metronome, and the same items every night (a fixed
 * test set). As soon as a key adopts the new model it runs its whole shard on it; later nights split each shard
 * between the new and the old model. Not thread-safe: the owning source calls it from the generator thread.
 */
final class NightlyRuns {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** How long a run should take; the interval between items follows from the number of items. */
    private static final long RUN_MILLIS = 90 * MINUTE;

    /** One key's run: items {@code [first, first + count)} of a suite, the first {@code newCount} on the new model. */
    private static final class Run {
        final SimAccount key;
        final PromptFamily suite;
        final long suiteSeed;
        final long first;
        final int count;
        final int newCount;
        final long interval;
        final SplittableRandom rng;
        long next;
        int sent;

        Run(SimAccount key, PromptFamily suite, long suiteSeed, long first, int count, int newCount, long start,
                long interval, SplittableRandom rng) {
            this.key = key;
            this.suite = suite;
            this.suiteSeed = suiteSeed;
            this.first = first;
            this.count = count;
            this.newCount = newCount;
            this.next = start;
            this.interval = interval;
            this.rng = rng;
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final ModelChoice models;

    /**
     * Plans the runs of the window so that they hold about {@code items} prompts in all.
     *
     * @param offset the vendor's UTC offset in minutes: runs start at one in the morning local time
     */
    NightlyRuns(long items, List<SimAccount> keys, PromptLibrary library, ModelChoice models, int offset, long start,
            long end, SplittableRandom rng) {
        this.models = models;
        List<PromptFamily> suites = library.families("benchmark");
        List<Long> nights = new ArrayList<>();
        long firstNight = Math.floorDiv(start + offset * MINUTE, DAY) * DAY - offset * MINUTE + HOUR;
        for (long t = firstNight; t < end; t += DAY) {
            if (t >= start) {
                nights.add(t);
            }
        }
        long launchRuns = keys.stream().filter(k -> k.adoptAt < end).count();
        long total = Math.max(1, keys.size() * (long) nights.size() + launchRuns);
        int perRun = (int) Math.max(1, Math.round((double) items / total));
        long interval = Math.max(600, Math.min(45_000, RUN_MILLIS / perRun));
        for (long night : nights) {
            for (int k = 0; k < keys.size(); k++) {
                SimAccount key = keys.get(k);
                int newCount = night >= key.adoptAt ? (int) Math.round(key.newShare * perRun) : 0;
                runs.add(run(key, k, suites, perRun, newCount, night, interval, rng));
            }
        }
        for (int k = 0; k < keys.size(); k++) {
            SimAccount key = keys.get(k);
            if (key.adoptAt < end) {
                long minute = Math.floorDiv(key.adoptAt + MINUTE - 1, MINUTE) * MINUTE;
                runs.add(run(key, k, suites, perRun, perRun, minute, interval, rng));
            }
        }
        runs.sort(Comparator.comparingLong(r -> r.next));
    }

    /** Key {@code k} always runs the same shard: its suite, and its slice of the suite's items. */
    private static Run run(SimAccount key, int k, List<PromptFamily> suites, int count, int newCount, long minute,
            long interval, SplittableRandom rng) {
        int suite = k % suites.size();
        long first = (long) (k / suites.size()) * count;
        return new Run(key, suites.get(suite), 7919L * (suite + 1), first, count, newCount,
                minute + 15 + rng.nextInt(400), interval, rng.split());
    }

    /** Adds the items every run sends before {@code sliceEnd}. */
    void emit(long sliceEnd, Exchanges exchanges, SliceBuffer out) {
        PromptLibrary library = exchanges.library();
        for (Run run : runs) {
            if (run.sent == 0 && run.next >= sliceEnd) {
                break;
            }
            while (run.sent < run.count && run.next < sliceEnd) {
                String prompt = library.item(run.suite, run.suiteSeed, run.first + run.sent);
                String model = run.sent < run.newCount ? models.newModel() : models.oldModel();
                Exchanges.Setting setting = new Exchanges.Setting(run.key, run.key.homeIp, run.key.userAgent, model,
                        0, 0.002, 0.008, false, false);
                exchanges.emitSingle(run.rng, run.next, setting, prompt, run.suite, out);
                run.sent++;
                run.next += Math.round(run.interval * (0.98 + 0.04 * run.rng.nextDouble()));
            }
        }
    }
}
