package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampGuessTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "03/02/2026 15:00:15;04/02/2026 09:01:00 | d/M/yyyy H:mm:ss",
        "03/02/2026 15:00;25/02/2026 09:01 | d/M/yyyy H:mm",
        "02/25/2026 15:00:15 | M/d/yyyy H:mm:ss",
        "3.2.2026 | d.M.yyyy",
        "03-02-2026T15:00:15 | d-M-yyyy'T'H:mm:ss",
        "2026-02-03T15:00:15Z | none",
        "1770000000 | none",
        "03/02/2026 15:00:15;yesterday | none"})
    void suggestsAPatternOnlyForDatesIsoAndEpochDetectionCannotRead(String samples, String expected) {
        List<String> values = Arrays.asList(samples.split(";"));
        assertEquals(Optional.ofNullable(expected), TimestampGuess.pattern(values));
    }
}
