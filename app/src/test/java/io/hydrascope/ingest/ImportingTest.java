package io.hydrascope.ingest;

import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh case in a temporary folder for each test, and the importer the product uses, to import files into it. */
abstract class ImportingTest {
    @TempDir
    Path dir;
    Path casePath;
    CaseStore store;
    final ImportService service = new ImportService(BuiltInFormats.all());

    @BeforeEach
    void openCase() {
        casePath = dir.resolve("case.hcase");
        store = CaseStore.openOrCreate(casePath);
    }

    @AfterEach
    void closeCase() {
        store.close();
    }

    ImportResult importFile(Path file, ImportOptions options) {
        return service.importFile(store, file, options, ProgressListener.NONE, new CancellationToken());
    }
}
