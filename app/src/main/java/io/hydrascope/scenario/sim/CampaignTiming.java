package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.recipe.TimingSpec;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When a campaign's conversations start inside a slice. Every mode leaves machine traces: no day/night rhythm
 * (unless the recipe sets operator hours), and a share of requests fired exactly on a minute boundary by a scheduler.
 */
abstract class CampaignTiming {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;

    protected final double minuteAligned;
    private final int fromHour;
    private final int toHour;

    CampaignTiming(TimingSpec spec) {
        this.minuteAligned = spec.minuteAligned();
        List<Integer> hours = spec.activeHoursUtc();
        this.fromHour = hours == null || hours.isEmpty() ? 0 : hours.get(0);
        this.toHour = hours == null || hours.isEmpty() ? 24 : hours.get(1);
    }

    static CampaignTiming of(TimingSpec spec, SplittableRandom rng) {
        return switch (spec.mode()) {
            case "waves" -> new Waves(spec, rng.nextInt((int) Math.max(1, spec.waveEveryMinutes())));
            case "round-robin" -> new RoundRobin(spec);
            case "scheduler" -> new Scheduler(spec);
            default -> new Steady(spec);
        };
    }

    /** How much the campaign sends during {@code [from, to)}, relative to a steady stream. */
    double during(long from, long to) {
        int hour = (int) Math.floorMod(((from + to) / 2) / HOUR, 24L);
        boolean active = fromHour < toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
        return active ? sending(from, to) : 0;
    }

    double sending(long from, long to) {
        return to - from;
    }

    /** Whether accounts take turns (a load balancer) rather than being drawn by volume. */
    boolean rotatesAccounts() {
        return false;
    }

    /** The start of the {@code i}-th of {@code n} conversations of account {@code a} in {@code [from, to)}. */
    abstract long time(SplittableRandom rng, long from, long to, int i, int n, SimAccount a);

    /** Snaps a share of requests to the minute, plus the scheduler's dispatch latency. */
    protected long maybeAligned(SplittableRandom rng, long t) {
        if (!Rand.chance(rng, minuteAligned)) {
            return t;
        }
        return Math.floorDiv(t, MINUTE) * MINUTE + 15 + rng.nextInt(400);
    }

    /** Random arrivals around the clock. */
    static final class Steady extends CampaignTiming {
        Steady(TimingSpec spec) {
            super(spec);
        }

        @Override
        long time(SplittableRandom rng, long from, long to, int i, int n, SimAccount a) {
            return maybeAligned(rng, Rand.between(rng, from, to));
        }
    }

    /** An evenly spaced request stream spread over the accounts in turn: lockstep, machine-regular intervals. */
    static final class RoundRobin extends CampaignTiming {
        RoundRobin(TimingSpec spec) {
            super(spec);
        }

        @Override
        boolean rotatesAccounts() {
            return true;
        }

        @Override
        long time(SplittableRandom rng, long from, long to, int i, int n, SimAccount a) {
            long t = from + Math.round((i + 0.5) * (to - from) / n) + rng.nextInt(600) - 300;
            return maybeAligned(rng, Math.max(from, Math.min(to - 1, t)));
        }
    }

    /** Each account on its own cron period: requests at exact minutes, the same minutes across many accounts. */
    static final class Scheduler extends CampaignTiming {
        Scheduler(TimingSpec spec) {
            super(spec);
        }

        @Override
        long time(SplittableRandom rng, long from, long to, int i, int n, SimAccount a) {
            if (!Rand.chance(rng, minuteAligned)) {
                return Rand.between(rng, from, to);
            }
            long firstMinute = Math.floorDiv(from + MINUTE - 1, MINUTE);
            long lastMinute = Math.floorDiv(to - 1, MINUTE);
            long firstTick = firstMinute + Math.floorMod(a.cronPhase - firstMinute, (long) a.cronPeriod);
            long minute;
            if (firstTick <= lastMinute) {
                long ticks = (lastMinute - firstTick) / a.cronPeriod + 1;
                minute = firstTick + rng.nextLong(ticks) * a.cronPeriod;
            } else {
                minute = firstMinute + rng.nextLong(Math.max(1, lastMinute - firstMinute + 1));
            }
            return minute * MINUTE + 15 + rng.nextInt(400);
        }
    }

    /** Orchestrated waves: every few minutes many accounts fire within the same short window. */
    static final class Waves extends CampaignTiming {
        private final long every;
        private final long length;
        private final long phase;

        Waves(TimingSpec spec, int phaseMinutes) {
            super(spec);
            this.every = Math.round(spec.waveEveryMinutes() * MINUTE);
            this.length = Math.round(spec.waveMinutes() * MINUTE);
            this.phase = phaseMinutes * MINUTE;
        }

        @Override
        double sending(long from, long to) {
            double total = 0;
            for (long w = firstWave(from); w < to; w += every) {
                total += Math.max(0, Math.min(to, w + length) - Math.max(from, w));
            }
            return total;
        }

        @Override
        long time(SplittableRandom rng, long from, long to, int i, int n, SimAccount a) {
            double pick = rng.nextDouble() * sending(from, to);
            for (long w = firstWave(from); w < to; w += every) {
                long a0 = Math.max(from, w);
                long len = Math.max(0, Math.min(to, w + length) - a0);
                if (pick < len) {
                    return maybeAligned(rng, a0 + (long) pick);
                }
                pick -= len;
            }
            return Rand.between(rng, from, to);
        }

        private long firstWave(long from) {
            long k = Math.floorDiv(from - phase - length, every) + 1;
            return phase + k * every;
        }
    }
}
