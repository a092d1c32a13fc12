package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.DataKind;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderImportServiceTest {
    @TempDir
    Path dir;

    @Test
    void importsAccountsThenLabelsThenInteractionsAndIgnoresOtherFiles() throws Exception {
        Path folder = dir.resolve("f");
        Files.createDirectories(folder);
        Fixtures.rows(folder, "interactions.csv", "r", 20);
        Fixtures.write(folder, "labels.csv", "account_id,campaign\nacct-1,x\n");
        Fixtures.write(folder, "accounts.csv", "account_id,created_at\nacct-1,2026-01-01T00:00:00Z\n");
        Fixtures.write(folder, "README.txt", "not a log");
        assertEquals(List.of("accounts.csv", "labels.csv", "interactions.csv"), FolderImportService
                .importableFiles(folder).stream().map(p -> p.getFileName().toString()).toList());
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("c.hcase"))) {
            List<ImportResult> results = new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all())).importFolder(store, folder,
                    ProgressListener.NONE, new CancellationToken());
            assertEquals(List.of(DataKind.ACCOUNTS, DataKind.LABELS, DataKind.INTERACTIONS),
                    results.stream().map(r -> r.record().kind()).toList());
        }
    }

    @Test
    void findsTheSampleUnderTheFirstBaseThatHasIt() throws Exception {
        Path withSample = dir.resolve("b2");
        Fixtures.rows(Files.createDirectories(withSample.resolve(FolderImportService.SAMPLE_FOLDER)),
                "interactions.csv", "r", 1);
        Files.createDirectories(dir.resolve("b1").resolve(FolderImportService.SAMPLE_FOLDER));
        assertEquals(Optional.of(withSample.resolve(FolderImportService.SAMPLE_FOLDER).toAbsolutePath()),
                FolderImportService.locateSample(List.of(dir.resolve("b0"), dir.resolve("b1"), withSample)));
    }

    @Test
    void aFolderWithoutLogsIsAnError() throws Exception {
        try (CaseStore store = CaseStore.openOrCreate(dir.resolve("c.hcase"))) {
            assertThrows(ImportException.class, () -> new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()))
                    .importFolder(store, dir, ProgressListener.NONE, new CancellationToken()));
        }
    }
}
