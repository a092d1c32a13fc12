package io.hydrascope.bench;

import io.hydrascope.ingest.ImportResult;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.NativeImporter;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The import benchmark: imports a native CSV (generated, or the caller's) into a fresh case and, when the
 * {@code sqlite3} shell is on the PATH, times its {@code .import --csv} of the same file for comparison.
 */
public final class ImportBenchmark {
    /** Figures of one run. {@code sqliteShellSeconds} is empty when the sqlite3 shell is not installed. */
    public record Result(Path file, long fileBytes, long rows, double generateSeconds, double importSeconds,
                         double searchIndexSeconds, long peakHeapBytes, long peakRssBytes,
                         Optional<Double> sqliteShellSeconds) {
        public double rowsPerSecond() {
            return rows / importSeconds;
        }
    }

    public Result run(Path workDir, Path existingFile, long rows, int promptChars, ProgressListener progress)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path file = existingFile;
        double generateSeconds = 0;
        if (file == null) {
            file = workDir.resolve("bench-interactions.csv");
            long t0 = System.nanoTime();
            progress.progress(0, rows, "writing " + rows + " synthetic rows");
            SyntheticLogWriter.write(file, rows, promptChars, 42);
            generateSeconds = (System.nanoTime() - t0) / 1e9;
        }
        Path casePath = workDir.resolve("bench.hcase");
        deleteCase(casePath);
        resetPeaks();
        long t1 = System.nanoTime();
        ImportResult result;
        double searchSeconds;
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            result = new ImportService(NativeImporter.ALL).importFile(store, file, progress, new CancellationToken());
            long t2 = System.nanoTime();
            store.promptIndex().build(progress, new CancellationToken());
            searchSeconds = (System.nanoTime() - t2) / 1e9;
        }
        double importSeconds = result.elapsedNanos() / 1e9;
        long peakHeap = peakHeap();
        Optional<Double> shell = timeSqliteShell(workDir, file);
        deleteCase(casePath);
        return new Result(file, Files.size(file), result.record().counts().rowsRead(), generateSeconds,
                importSeconds, searchSeconds, peakHeap, peakRss(), shell);
    }

    private static Optional<Double> timeSqliteShell(Path workDir, Path file) throws IOException, InterruptedException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return Optional.empty();
        }
        Path db = workDir.resolve("bench-sqlite3.db");
        Files.deleteIfExists(db);
        List<String> command = new ArrayList<>(List.of("sqlite3", db.toString(), ".import --csv "
                + file.toAbsolutePath() + " interactions"));
        long t0 = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            return Optional.empty();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.deleteIfExists(db);
        return Optional.of(seconds);
    }

    private static void deleteCase(Path casePath) throws IOException {
        Files.deleteIfExists(casePath);
        Files.deleteIfExists(Path.of(casePath + "-wal"));
        Files.deleteIfExists(Path.of(casePath + "-shm"));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Peak resident set size of this process (Linux), or -1 where /proc is not available. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
