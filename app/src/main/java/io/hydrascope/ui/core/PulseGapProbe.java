package io.hydrascope.ui.core;

import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread went without a pulse. While running it asks for a pulse every frame (about 60 a
 * second), so any gap much longer than 17 ms is time the FX thread was busy: the number the "never blocked for more
 * than ~100 ms" rule is checked against. FX thread only; costs a repaint check per frame, so it runs on request
 * (system property {@code hydrascope.pulseProbe}, or the Debug menu).
 */
public final class PulseGapProbe extends AnimationTimer {
    private static final long SLOW_NANOS = 50_000_000L;
    private static final long BLOCKED_NANOS = 100_000_000L;

    private long last;
    private long worst;
    private long pulses;
    private long slow;
    private long blocked;
    private long sinceNanos;
    private boolean running;
    private volatile long lastPulseClock;

    /** What the probe saw since it started or was reset. */
    public record Snapshot(long pulses, double worstGapMillis, long gapsOver50ms, long gapsOver100ms,
                           double seconds) {
        public String describe() {
            return String.format(Locale.ROOT, "worst FX pulse gap %.1f ms over %.1f s (%d pulses; %d gaps > 50 ms, "
                    + "%d gaps > 100 ms)", worstGapMillis, seconds, pulses, gapsOver50ms, gapsOver100ms);
        }
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            worst = Math.max(worst, gap);
            slow += gap > SLOW_NANOS ? 1 : 0;
            blocked += gap > BLOCKED_NANOS ? 1 : 0;
        } else {
            sinceNanos = now;
        }
        last = now;
        lastPulseClock = System.nanoTime();
        pulses++;
    }

    /** {@link System#nanoTime()} at the last pulse, for a watchdog on another thread. */
    public long lastPulseClock() {
        return lastPulseClock;
    }

    @Override
    public void start() {
        if (!running) {
            last = 0;
            running = true;
            super.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        super.stop();
    }

    public boolean isRunning() {
        return running;
    }

    /** Forgets what was measured so far, e.g. between two phases of a measurement. */
    public void reset() {
        last = 0;
        worst = 0;
        pulses = 0;
        slow = 0;
        blocked = 0;
    }

    public Snapshot snapshot() {
        double seconds = last == 0 ? 0 : (last - sinceNanos) / 1e9;
        return new Snapshot(pulses, worst / 1e6, slow, blocked, seconds);
    }
}
