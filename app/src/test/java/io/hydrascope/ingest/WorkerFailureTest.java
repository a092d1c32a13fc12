package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever ends a worker of the import, errors included, ends the import with a clear error instead of a hang. */
class WorkerFailureTest {
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private Path casePath;
    private CaseStore store;

    @BeforeEach
    void open() {
        casePath = dir.resolve("case.hcase");
        store = CaseStore.openOrCreate(casePath);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Native interactions, except that mapping the record whose prompt is "boom" throws {@code error}. */
    private static FormatImporter failingOn(Error error) {
        return new FormatImporter() {
            @Override
            public SourceFormat format() {
                return NativeImporter.INTERACTIONS.format();
            }

            @Override
            public Set<String> unavailable() {
                return Set.of();
            }

            @Override
            public boolean recognises(SourceShape shape) {
                return NativeImporter.INTERACTIONS.recognises(shape);
            }

            @Override
            public RowMapper mapper(Path file, ImportOptions options) {
                RowMapper inner = NativeImporter.INTERACTIONS.mapper(file, options);
                return (record, slots, notes) -> {
                    if ("boom".equals(record.value("prompt"))) {
                        throw error;
                    }
                    return inner.fill(record, slots, notes);
                };
            }
        };
    }

    private Path fileWithBoomOnRow(int boomRow, int rows) throws Exception {
        StringBuilder sb = new StringBuilder(Fixtures.HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            sb.append("w").append(i).append(",2026-02-01T10:00:00Z,a1,,,,,,,,,,").append(i == boomRow ? "boom" : "ok")
                    .append('\n');
        }
        return Fixtures.write(dir, "boom.csv", sb.toString());
    }

    @Test
    void outOfMemoryOnTheParseThreadEndsTheImportWithAnErrorNamingFileAndLine() throws Exception {
        Path file = fileWithBoomOnRow(3_000, 5_000);
        ImportService service = new ImportService(List.of(failingOn(new OutOfMemoryError("Java heap space"))));
        ImportException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ImportException.class,
                () -> service.importFile(store, file, ProgressListener.NONE, new CancellationToken())));
        assertTrue(e.getMessage().contains("boom.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("out of memory"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3001"), e.getMessage());
        assertEquals(List.of("failed"), CaseDb.column(casePath, "SELECT status FROM imports"));
        assertNoParseThreadLeft();
    }

    @Test
    void anyErrorOnTheParseThreadEndsTheImportAndTheFileCanBeImportedAgain() throws Exception {
        Path file = fileWithBoomOnRow(2, 10);
        ImportService failing = new ImportService(List.of(failingOn(new StackOverflowError())));
        assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ImportException.class,
                () -> failing.importFile(store, file, ProgressListener.NONE, new CancellationToken())));
        ImportResult again = new ImportService(List.of(NativeImporter.INTERACTIONS)).importFile(store, file,
                ProgressListener.NONE, new CancellationToken());
        assertTrue(again.resumed());
        assertEquals(10, again.record().counts().imported());
    }

    @Test
    void anErrorOnTheWriterThreadMarksTheImportFailedAndStopsTheParseThread() throws Exception {
        Path file = fileWithBoomOnRow(0, 5_000);
        ProgressListener exploding = (done, total, message) -> {
            throw new OutOfMemoryError("writer side");
        };
        ImportService service = new ImportService(List.of(NativeImporter.INTERACTIONS));
        ImportException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ImportException.class,
                () -> service.importFile(store, file, exploding, new CancellationToken())));
        assertTrue(e.getMessage().contains("boom.csv") && e.getMessage().contains("writer side"), e.getMessage());
        assertEquals(List.of("failed"), CaseDb.column(casePath, "SELECT status FROM imports"));
        assertNoParseThreadLeft();
    }

    private static void assertNoParseThreadLeft() {
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("hydrascope-parse") && t.isAlive()), "the parse thread ended");
    }
}
