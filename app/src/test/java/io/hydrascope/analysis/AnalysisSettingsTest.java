package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisSettingsTest {
    @TempDir
    Path dir;

    @Test
    void missingFieldsTakeTheDefaults() throws Exception {
        Path f = Files.writeString(dir.resolve("s.json"), "{\"flagThreshold\": 0.5}");
        AnalysisSettings s = AnalysisSettings.load(f);
        assertEquals(0.5, s.flagThreshold());
        assertEquals(AnalysisSettings.DEFAULTS.lockstepBucketSeconds(), s.lockstepBucketSeconds());
    }

    @Test
    void aTypoIsAnErrorNotASilentDefault() throws Exception {
        Path f = Files.writeString(dir.resolve("s.json"), "{\"flagTreshold\": 0.5}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalysisSettings.load(f));
        assertTrue(e.getMessage().contains("s.json") && e.getMessage().contains("flagTreshold"), e.getMessage());
    }

    @Test
    void outOfRangeValuesAreNamed() throws Exception {
        Path f = Files.writeString(dir.resolve("s.json"), "{\"flagThreshold\": 2, \"resolution\": -1}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalysisSettings.load(f));
        assertTrue(e.getMessage().contains("flagThreshold must be between 0 and 1"), e.getMessage());
        assertTrue(e.getMessage().contains("resolution must be positive"), e.getMessage());
    }
}
