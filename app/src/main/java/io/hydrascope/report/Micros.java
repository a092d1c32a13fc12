package io.hydrascope.report;

import java.time.Instant;

/** Case times are microseconds since the epoch; reports show instants. */
final class Micros {
    private Micros() {
    }

    static Instant instant(Long micros) {
        if (micros == null || micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return null;
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
