package io.hydrascope.model;

/** A half-open time window [from, to) in microseconds since the epoch (UTC). */
public record TimeRange(long fromMicros, long toMicros) {
    public TimeRange {
        if (toMicros < fromMicros) {
            throw new IllegalArgumentException("time range ends before it starts: " + fromMicros + " > " + toMicros);
        }
    }

    public long spanMicros() {
        return toMicros - fromMicros;
    }

    public boolean contains(long micros) {
        return micros >= fromMicros && micros < toMicros;
    }

    /** This range widened on both sides by {@code fraction} of its span. */
    public TimeRange widened(double fraction) {
        long margin = (long) (spanMicros() * fraction);
        return new TimeRange(fromMicros - margin, toMicros + margin);
    }
}
