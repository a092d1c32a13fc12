package io.hydrascope.cli;

import io.hydrascope.bench.ImportBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import io.hydrascope.analysis.topics.TopicBenchmark;
import io.hydrascope.analysis.topics.TopicClassifier;
import io.hydrascope.model.CancellationToken;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope bench}: rerunnable performance measurements. */
@Command(name = "bench", description = "Measure performance. 'bench import': native CSV import rows/s and peak "
        + "memory, compared with the sqlite3 shell's .import of the same file. 'bench cluster': Leiden community "
        + "detection on a planted-partition graph (default 24,000 nodes, 500,000 edges). 'bench topics': prompts "
        + "classified per second on one thread with the built-in topic model.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "import, cluster or topics")
    String what;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--prompt-chars", defaultValue = "300", description = "Prompt length (default ${DEFAULT-VALUE}).")
    int promptChars;

    @Option(names = "--nodes", defaultValue = "24000", description = "cluster: nodes (default ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--edges", defaultValue = "500000", description = "cluster: edges (default ${DEFAULT-VALUE}).")
    int edges;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "import: runs in one process, each followed by the sqlite3 shell's import (default "
                    + "${DEFAULT-VALUE}); the first is cold, the others run on compiled code.")
    int repeat;

    @Option(names = "--file", paramLabel = "CSV", description = "Import this native CSV instead of generating one.")
    Path file;

    @Option(names = "--work-dir", defaultValue = "${java.io.tmpdir}/hydrascope-bench", paramLabel = "DIR",
            description = "Where files are written (default ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--case", paramLabel = "FILE", description = "topics: classify the prompts of this case "
            + "(the first 200,000) instead of synthetic ones.")
    Path caseFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ("cluster".equals(what)) {
            return cluster(out);
        }
        if ("topics".equals(what)) {
            return topics(out);
        }
        if (!"import".equals(what)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown benchmark '" + what
                    + "' (known: import, cluster, topics)");
        }
        StderrProgress progress = new StderrProgress(spec.commandLine().getErr());
        ImportBenchmark.Result r = new ImportBenchmark().run(workDir, file, rows, promptChars, repeat, progress);
        progress.finish();
        out.printf("file:            %s (%,d bytes, %,d rows)%n", r.file(), r.fileBytes(), r.rows());
        if (r.generateSeconds() > 0) {
            out.printf("generate:        %.1f s%n", r.generateSeconds());
        }
        ImportBenchmark.Run first = r.first();
        out.printf("import:          %.1f s = %,.0f rows/s, CPU %.1f s (validate, deduplicate, index)%n",
                first.importSeconds(), first.rowsPerSecond(), first.importTiming().cpuSeconds());
        out.printf("  of which:      %.1f s reading, validating and writing rows, %.1f s building indexes%n",
                first.importSeconds() - first.indexSeconds(), first.indexSeconds());
        out.printf("search index:    %.1f s (built after the import, resumable)%n", r.searchIndexSeconds());
        out.printf("peak heap:       %,d MiB (max heap %,d MiB)%n", r.peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf("peak RSS:        %,d MiB%n", r.peakRssBytes() >> 20);
        if (first.sqliteShell().isPresent()) {
            ImportBenchmark.Timing shell = first.sqliteShell().get();
            double s = shell.seconds();
            out.printf("sqlite3 .import: %.1f s = %,.0f rows/s, CPU %.1f s (no validation, no dedup, no index)%n", s,
                    r.rows() / s, shell.cpuSeconds());
            out.printf("ratio:           %.2fx the sqlite3 shell's rate (wall clock), %.2fx its CPU time%n",
                    first.ratio(), first.importTiming().cpuSeconds() / shell.cpuSeconds());
        } else {
            out.println("sqlite3 .import: not measured (sqlite3 shell not on PATH, or a .gz file)");
        }
        if (r.runs().size() > 1) {
            out.println("runs (the first in a cold process, the others on compiled code; each followed by the shell):");
            for (int i = 0; i < r.runs().size(); i++) {
                ImportBenchmark.Run run = r.runs().get(i);
                out.printf("  run %d:         %.1f s (%.1f s indexes), sqlite3 %s, ratio %.2fx%n", i + 1,
                        run.importSeconds(), run.indexSeconds(),
                        run.sqliteShell().map(t -> String.format("%.1f s", t.seconds())).orElse("-"), run.ratio());
            }
            double[] later = r.runs().stream().skip(1).mapToDouble(ImportBenchmark.Run::ratio).sorted().toArray();
            double median = later.length % 2 == 1 ? later[later.length / 2]
                    : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
            if (later.length == 1) {
                out.printf("ratio of run 2:  %.2fx%n", median);
            } else {
                out.printf("median ratio of runs 2-%d: %.2fx%n", r.runs().size(), median);
            }
        }
        return 0;
    }

    private int topics(PrintWriter out) {
        TopicClassifier classifier = TopicClassifier.builtIn();
        if (caseFile != null) {
            List<String> prompts = new java.util.ArrayList<>();
            try (io.hydrascope.store.CaseStore store = io.hydrascope.store.CaseStore.openReadOnly(caseFile);
                 io.hydrascope.store.ReadSession session = store.newReader()) {
                io.hydrascope.store.InteractionScan.scan(session, new CancellationToken(), r -> {
                    if (prompts.size() < 200_000) {
                        prompts.add(r.prompt == null ? "" : r.prompt);
                    }
                });
            }
            TopicBenchmark.Result c = TopicBenchmark.run(classifier, prompts, 1, 3, new CancellationToken());
            out.printf("model:        %s%n", classifier.model().label());
            out.printf("case prompts: %,d of %.0f characters on average, one thread: %,.0f prompts/s%n",
                    prompts.size(), c.averageChars(), c.promptsPerSecond());
            return 0;
        }
        List<String> prompts = TopicBenchmark.syntheticPrompts(20_000, 7);
        TopicBenchmark.Result r = TopicBenchmark.run(classifier, prompts, 3, 10, new CancellationToken());
        out.printf("model:        %s%n", classifier.model().label());
        out.printf("prompts:      %,d of %.0f characters on average, one thread%n", prompts.size(), r.averageChars());
        out.printf("throughput:   %,.0f prompts/s (%.1f MB/s of text)%n", r.promptsPerSecond(),
                r.characters() * 2e3 / r.nanos());
        List<String> mixed = TopicBenchmark.mixedLengthPrompts(20_000, 7);
        TopicBenchmark.Result m = TopicBenchmark.run(classifier, mixed, 3, 10, new CancellationToken());
        out.printf("mixed length: %,.0f prompts/s (%.0f characters on average, up to 8,000)%n", m.promptsPerSecond(),
                m.averageChars());
        return 0;
    }

    private int cluster(PrintWriter out) {
        io.hydrascope.bench.ClusteringBenchmark bench = new io.hydrascope.bench.ClusteringBenchmark();
        bench.run(2_000, 20_000, 20, 0.8, 1); // warm-up
        io.hydrascope.bench.ClusteringBenchmark.Result r = bench.run(nodes, edges, Math.max(2, nodes / 100), 0.7, 42);
        out.printf("graph:        %,d nodes, %,d edges, %d planted groups%n", r.nodes(), r.edges(), r.groups());
        out.printf("leiden:       %.2f s, %,d communities, %.1f%% of nodes in their group's community%n",
                r.seconds(), r.communities(), 100 * r.recovered());
        return 0;
    }
}
