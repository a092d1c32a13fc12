package io.hydrascope.ingest.formats;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving each test a case in a fresh temporary folder, the import service with every built-in
 * format, and ways to look at the result. Register it with {@code @RegisterExtension}.
 */
final class ImportHarness implements BeforeEachCallback, AfterEachCallback {
    private static final List<String> COLUMNS = List.of("request_id", "timestamp", "account_id", "ip", "user_agent",
            "model", "conversation_id", "turn", "input_tokens", "output_tokens", "tool_calls", "status", "prompt");

    private final ImportService service = new ImportService(BuiltInFormats.all());
    private Path dir;
    private Path casePath;
    private CaseStore store;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("hydrascope-import");
        casePath = dir.resolve("case.hcase");
        store = CaseStore.openOrCreate(casePath);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The test's temporary folder, for files it writes itself. */
    Path dir() {
        return dir;
    }

    /** A fixture file under src/test/resources/io/hydrascope/ingest/formats. */
    static Path fixture(String name) {
        URL url = ImportHarness.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportRecord ingest(Path file) {
        return ingest(file, ImportOptions.DEFAULT);
    }

    ImportRecord ingest(Path file, ImportOptions options) {
        return service.importFile(store, file, options, ProgressListener.NONE, new CancellationToken()).record();
    }

    static ImportCounts counts(long read, long imported, long quarantined, long duplicates, long skipped) {
        return new ImportCounts(read, imported, quarantined, duplicates, skipped, 0);
    }

    /** The stored interaction as the case's view shows it (timestamps ISO-8601 with milliseconds). */
    Map<String, String> row(String requestId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            List<String> v = CaseDb.column(casePath, "SELECT " + column + " FROM interactions_v WHERE request_id = '"
                    + requestId.replace("'", "''") + "'");
            if (v.isEmpty()) {
                throw new AssertionError("no interaction " + requestId);
            }
            out.put(column, v.get(0));
        }
        return out;
    }

    List<String> column(String sql) {
        return CaseDb.column(casePath, sql);
    }

    long count(String sql) {
        return CaseDb.count(casePath, sql);
    }

    Map<String, Long> quarantineReasons() {
        return store.quarantine().reasonCounts(null);
    }
}
