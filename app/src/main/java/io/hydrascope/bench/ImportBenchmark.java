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
 * {@code sqlite3} shell is on the PATH, times its {@code .import --csv} of the same file right after, in the same
 * conditions. Besides wall-clock time it reports CPU time (all threads), which is the steadier figure on a machine
 * shared with other work. With several runs, the first is a cold process (as a command line import is) and the later
 * ones run on compiled code (as the window's later imports, and the later files of one {@code ingest}, do).
 */
public final class ImportBenchmark {
    /**
     * The runs and what they share. {@code searchIndexSeconds} is the full-text index build after the first run.
     */
    public record Result(Path file, long fileBytes, long rows, double generateSeconds, List<Run> runs,
                         double searchIndexSeconds, long peakHeapBytes, long peakRssBytes) {
        public Run first() {
            return runs.get(0);
        }
    }

    /**
     * One import and the sqlite3 shell's import of the same file right after it ({@code sqliteShell} is empty when
     * the shell is not installed).
     *
     * @param indexSeconds the part of the import spent building the secondary indexes and settling possible
     *                     duplicates after the rows were written (the rest reads, validates and writes)
     */
    public record Run(long rows, Timing importTiming, double indexSeconds, Optional<Timing> sqliteShell) {
        public double importSeconds() {
            return importTiming.seconds();
        }

        public double rowsPerSecond() {
            return rows / importSeconds();
        }

        /** This import's rate as a multiple of the shell's, wall clock; NaN without the shell. */
        public double ratio() {
            return sqliteShell.map(shell -> shell.seconds() / importSeconds()).orElse(Double.NaN);
        }
    }

    /** Wall-clock and CPU seconds of one step; {@code cpuSeconds} is NaN where it could not be measured. */
    public record Timing(double seconds, double cpuSeconds) {
    }

    public Result run(Path workDir, Path existingFile, long rows, int promptChars, int repeat,
                      ProgressListener progress) throws IOException, InterruptedException {
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
        resetPeaks();
        List<Run> runs = new ArrayList<>();
        double searchSeconds = 0;
        long rowsRead = 0;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            deleteCase(casePath);
            long cpu0 = processCpuNanos();
            IndexPhase phase = new IndexPhase(progress);
            ImportResult result;
            Timing importTiming;
            double indexSeconds;
            try (CaseStore store = CaseStore.openOrCreate(casePath).allowExclusiveLoads()) {
                result = new ImportService(NativeImporter.ALL).importFile(store, file, phase, new CancellationToken());
                long indexNanos = phase.startedNanos == 0 ? 0 : System.nanoTime() - phase.startedNanos;
                long cpu1 = processCpuNanos();
                importTiming = new Timing(result.elapsedNanos() / 1e9, cpu0 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9);
                indexSeconds = indexNanos / 1e9;
                if (i == 0) {
                    long t2 = System.nanoTime();
                    store.promptIndex().build(progress, new CancellationToken());
                    searchSeconds = (System.nanoTime() - t2) / 1e9;
                }
            }
            rowsRead = result.record().counts().rowsRead();
            Optional<Timing> shell = timeSqliteShell(workDir, file);
            runs.add(new Run(rowsRead, importTiming, indexSeconds, shell));
        }
        long peakHeap = peakHeap();
        deleteCase(casePath);
        return new Result(file, Files.size(file), rowsRead, generateSeconds, List.copyOf(runs), searchSeconds,
                peakHeap, peakRss());
    }

    /** Passes progress on and notes when the import turns from writing rows to building indexes. */
    private static final class IndexPhase implements ProgressListener {
        private final ProgressListener next;
        private volatile long startedNanos;

        IndexPhase(ProgressListener next) {
            this.next = next;
        }

        @Override
        public void progress(long done, long total, String message) {
            if (startedNanos == 0 && message.startsWith("indexing ")) {
                startedNanos = System.nanoTime();
            }
            next.progress(done, total, message);
        }

        @Override
        public void rowsDone(long rows) {
            next.rowsDone(rows);
        }
    }

    /**
     * Runs the sqlite3 shell under bash, whose {@code times} built-in then reports the shell's CPU time (a JVM
     * cannot read the CPU time of a child that has exited).
     */
    private static Optional<Timing> timeSqliteShell(Path workDir, Path file) throws IOException, InterruptedException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return Optional.empty();
        }
        Path db = workDir.resolve("bench-sqlite3.db");
        Files.deleteIfExists(db);
        List<String> command = new ArrayList<>(List.of("bash", "-c", "sqlite3 \"$0\" \"$1\" >/dev/null 2>&1 || exit 1; "
                + "times", db.toString(), ".import --csv " + file.toAbsolutePath() + " interactions"));
        long t0 = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
            return Optional.empty();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.deleteIfExists(db);
        return Optional.of(new Timing(seconds, childCpuSeconds(output)));
    }

    /** Sums the children's user and system time from bash's {@code times} (its second line: "0m6.115s 0m0.431s"). */
    static double childCpuSeconds(String timesOutput) {
        String[] lines = timesOutput.strip().split("\\R");
        if (lines.length < 2) {
            return Double.NaN;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(lines[1]);
        double sum = 0;
        int found = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            found++;
        }
        return found == 2 ? sum : Double.NaN;
    }

    /** CPU time of this process, all threads, or -1 where the JVM does not report it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void deleteCase(Path casePath) throws IOException {
        Files.deleteIfExists(casePath);
        Files.deleteIfExists(Path.of(casePath + "-wal"));
        Files.deleteIfExists(Path.of(casePath + "-shm"));
        Files.deleteIfExists(Path.of(casePath + "-journal"));
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
