package io.hydrascope.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimeTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, 951_782_400_000L, 1_770_076_800_123L, 1_709_164_799_999L, 4_102_444_799_999L,
        -86_400_001L})
    void formatsLikeTheJdkWithMillisecondsAndZ(long millis) {
        assertEquals(REFERENCE.format(Instant.ofEpochMilli(millis)), IsoTime.format(millis));
    }
}
