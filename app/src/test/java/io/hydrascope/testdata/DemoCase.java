package io.hydrascope.testdata;

import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.nio.file.Path;

/** A case file holding a {@link DemoLogs} world, imported the way users import. */
public final class DemoCase {
    private DemoCase() {
    }

    /** Writes the world's files under {@code dir/files} and imports them into {@code dir/demo.hcase}. */
    public static Path create(Path dir, DemoLogs.Spec spec) throws IOException {
        Path files = dir.resolve("files");
        DemoLogs.write(files, spec);
        Path casePath = dir.resolve("demo.hcase");
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            new FolderImportService(new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all())).importFolder(store, files, ProgressListener.NONE,
                    new CancellationToken());
        }
        return casePath;
    }

    /** A small world of a few thousand rows over two weeks. */
    public static Path tiny(Path dir) throws IOException {
        return create(dir, DemoLogs.Spec.tiny());
    }
}
