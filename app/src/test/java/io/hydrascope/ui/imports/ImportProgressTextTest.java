package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportProgressTextTest {
    @Test
    void showsBytesRowsRowsPerSecondAndTimeLeftOfTheWholeBatch() {
        AtomicLong now = new AtomicLong(0);
        StringBuilder shown = new StringBuilder();
        long[] bar = new long[2];
        long mb = 1 << 20;
        // the first file (100 MB) is done; the second (also 100 MB) started 10 s ago, at 40 s into the batch
        now.set(40_000_000_000L);
        ImportProgressText text = new ImportProgressText((d, t, m) -> {
            bar[0] = d;
            bar[1] = t;
            shown.replace(0, shown.length(), m);
        }, "file 2 of 2 · ", now::get, 0, 100 * mb, 200 * mb);
        now.set(50_000_000_000L);
        text.rowsDone(1_500_000);
        text.progress(25 * mb, 100 * mb, "importing big.csv");
        assertEquals(125 * mb, bar[0], "the bar shows the batch's bytes read");
        assertEquals(200 * mb, bar[1]);
        // 125 MB in 50 s: 75 MB left take 30 s
        assertEquals("file 2 of 2 · importing big.csv · 25.0 of 100.0 MB · 1,500,000 rows · 150,000 rows/s"
                + " · about 0:30 left", shown.toString());
    }

    @Test
    void saysNothingAboutSpeedBeforeAnyRowNorTimeLeftInTheFirstSecond() {
        AtomicLong now = new AtomicLong(0);
        ImportProgressText text = new ImportProgressText((d, t, m) -> { }, "", now::get, 4096);
        now.set(500_000_000L);
        assertEquals("importing x.csv · 1 of 4 KB", text.describe(10, 4096, "importing x.csv"));
    }

    @Test
    void anUnknownSizeLeavesTheBarIndeterminate() {
        long[] bar = {0, 0};
        ImportProgressText text = new ImportProgressText((d, t, m) -> {
            bar[0] = d;
            bar[1] = t;
        }, "", () -> 0L, 0);
        text.progress(100, -1, "importing pipe");
        assertEquals(-1, bar[1]);
    }
}
