package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportProgressTextTest {
    @Test
    void showsRowsRowsPerSecondAndTimeLeft() {
        AtomicLong now = new AtomicLong(0);
        StringBuilder shown = new StringBuilder();
        ImportProgressText text = new ImportProgressText((d, t, m) -> shown.replace(0, shown.length(), m),
                "file 1 of 2 · ", now::get);
        now.set(10_000_000_000L); // 10 s in
        text.rowsDone(1_500_000);
        text.progress(250, 1000, "importing big.csv");
        assertEquals("file 1 of 2 · importing big.csv · 1,500,000 rows · 150,000 rows/s · 0:30 left",
                shown.toString());
    }

    @Test
    void saysNothingAboutSpeedBeforeAnyRowNorTimeLeftInTheFirstSecond() {
        AtomicLong now = new AtomicLong(0);
        ImportProgressText text = new ImportProgressText((d, t, m) -> { }, "", now::get);
        now.set(500_000_000L);
        assertEquals("importing x.csv", text.describe(10, 1000, "importing x.csv"));
    }
}
