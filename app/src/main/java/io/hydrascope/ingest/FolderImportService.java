package io.hydrascope.ingest;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports a folder of native files (accounts, labels, interactions) into a case: the bundled sample, or the files a
 * scenario generator wrote. Accounts go first so interactions meet their profiles.
 */
public final class FolderImportService {
    /** Where the bundled sample lives, relative to the folder Hydrascope runs from or ships in. */
    public static final Path SAMPLE_FOLDER = Path.of("data-samples", "sample");

    private final ImportService imports;

    public FolderImportService(ImportService imports) {
        this.imports = imports;
    }

    /** The first of {@code bases} holding {@code data-samples/sample} with interactions in it. */
    public static Optional<Path> locateSample(List<Path> bases) {
        for (Path base : bases) {
            Path folder = base.resolve(SAMPLE_FOLDER);
            if (Files.isDirectory(folder) && !importableFiles(folder).isEmpty()) {
                return Optional.of(folder.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** The importable files of a folder (.csv, .jsonl, .ndjson, optionally .gz): accounts, labels, then the rest. */
    public static List<Path> importableFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(FolderImportService::importable)
                    .sorted(Comparator.comparingInt(FolderImportService::rank).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Imports every importable file of the folder; stops at the first cancellation. */
    public List<ImportResult> importFolder(CaseStore store, Path folder, ProgressListener progress,
                                           CancellationToken cancel) {
        List<Path> files = importableFiles(folder);
        if (files.isEmpty()) {
            throw new ImportException(folder, 0, "no importable files (.csv, .jsonl, optionally .gz) in this folder");
        }
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String step = "file " + (i + 1) + " of " + files.size() + ": ";
            results.add(imports.importFile(store, file, new ProgressListener() {
                @Override
                public void progress(long done, long total, String message) {
                    progress.progress(done, total, step + message);
                }

                @Override
                public void rowsDone(long rows) {
                    progress.rowsDone(rows);
                }
            }, cancel));
        }
        return results;
    }

    private static boolean importable(Path file) {
        String name = baseName(file);
        return name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static int rank(Path file) {
        String name = baseName(file);
        if (name.startsWith("account")) {
            return 0;
        }
        return name.startsWith("label") ? 1 : 2;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
