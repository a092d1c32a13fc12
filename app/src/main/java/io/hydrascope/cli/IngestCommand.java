package io.hydrascope.cli;

import io.hydrascope.ingest.ImportCancelledException;
import io.hydrascope.ingest.ImportException;
import io.hydrascope.ingest.ImportResult;
import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.MappingProfile;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope ingest}: imports log files into a case, creating the case if needed. */
@Command(name = "ingest", description = "Import interactions, accounts or labels files into a case: Hydrascope's "
        + "own CSV/JSON Lines, LiteLLM, OpenTelemetry (OTLP/JSON), Langfuse, Helicone, OpenRouter and ChatGPT exports "
        + "(recognised by their structure, optionally .gz), or any CSV/JSON through a mapping profile. Ctrl-C stops "
        + "after committing; running again resumes.")
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files to import, in any mix of formats.")
    List<Path> files;

    @Option(names = "--no-search-index", description = "Do not build the full-text prompt index afterwards.")
    boolean noSearchIndex;

    @Option(names = "--mapping", paramLabel = "PROFILE", description = "Read the files through this mapping "
            + "profile (a profile JSON file, or the name of a profile saved in the profile directory) instead of "
            + "recognising their format.")
    String mapping;

    @Option(names = "--account", paramLabel = "NAME", description = "Account that a single-user export (a ChatGPT "
            + "conversations.json) belongs to; by default it is named after the file.")
    String account;

    @Option(names = "--profiles", paramLabel = "DIR", description = "Profile directory for --mapping NAME (default: "
            + "~/.hydrascope/profiles).")
    Path profiles;

    @Option(names = "--max-record-bytes", paramLabel = "SIZE", description = "Largest record read: a CSV row, a JSON "
            + "Lines line or an object of a JSON array, in bytes, or with a suffix K, M or G (binary units; default: "
            + "16M). A larger record is quarantined with its line and size and skipped.")
    String maxRecordBytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportOptions options;
        try {
            options = new ImportOptions(mapping == null ? null : loadProfile(), account);
        } catch (IOException | IllegalArgumentException e) {
            err.println("hydrascope: --mapping " + TerminalText.safe(mapping) + ": "
                    + TerminalText.safe(e.getMessage()));
            return 2;
        }
        if (maxRecordBytes != null) {
            try {
                options = options.withMaxRecordBytes(parseSize(maxRecordBytes));
            } catch (IllegalArgumentException e) {
                err.println("hydrascope: --max-record-bytes " + maxRecordBytes + ": " + e.getMessage());
                return 2;
            }
        }
        CancellationToken cancel = new CancellationToken();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            awaitQuietly(done);
        }, "hydrascope-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        int failures = 0;
        try (CaseStore store = CaseStore.openOrCreate(caseOption.file).allowExclusiveLoads()) {
            ImportService service = new ImportService(BuiltInFormats.all());
            StderrProgress progress = new StderrProgress(err);
            for (Path file : files) {
                try {
                    ImportResult result = service.importFile(store, file, options, progress, cancel);
                    progress.finish();
                    printResult(out, store, result);
                    if (!result.complete()) {
                        err.println("hydrascope: " + file + ": import " + result.incompleteReason());
                        failures++;
                    }
                } catch (ImportCancelledException e) {
                    progress.finish();
                    err.println("hydrascope: " + TerminalText.safe(e.getMessage()));
                    return 130;
                } catch (ImportException e) {
                    progress.finish();
                    err.println("hydrascope: " + TerminalText.safe(e.getMessage()));
                    failures++;
                }
            }
            if (!noSearchIndex && !cancel.isCancelled()) {
                try {
                    store.promptIndex().build(progress, cancel);
                } catch (CancelledException e) {
                    progress.finish();
                    err.println("hydrascope: search index build stopped; it resumes on the next ingest");
                    return 130;
                }
                progress.complete("search index ready");
            }
        } finally {
            done.countDown();
            removeHook(hook);
        }
        return failures == 0 ? 0 : 1;
    }

    private static void printResult(PrintWriter out, CaseStore store, ImportResult result) {
        ImportRecord r = result.record();
        if (result.alreadyImported()) {
            out.printf("%s: already imported (import #%d, %s, sha256 %s); nothing changed%n",
                    TerminalText.safe(r.fileName()), r.id(), r.finishedAt(),
                    r.sha256() == null ? "?" : r.sha256().substring(0, 12));
            return;
        }
        ImportCounts c = r.counts();
        double seconds = result.elapsedNanos() / 1e9;
        out.printf("%s: %s%s%n", TerminalText.safe(r.fileName()), TerminalText.safe(r.format()),
                result.resumed() ? " (resumed)" : "");
        out.printf("  read %,d = imported %,d + quarantined %,d + duplicates %,d + skipped %,d%n",
                c.rowsRead(), c.imported(), c.quarantined(), c.duplicates(), c.skipped());
        if (c.flagged() > 0) {
            out.printf("  %,d imported rows held invalid UTF-8, replaced by U+FFFD and flagged%n", c.flagged());
        }
        Map<String, Long> reasons = store.quarantine().reasonCounts(r.id());
        reasons.forEach((reason, n) -> out.printf("  quarantined: %s: %,d%n", TerminalText.safe(reason), n));
        if (r.message() != null) {
            for (String note : r.message().split("; ")) {
                out.printf(note.startsWith(ImportService.INCOMPLETE) ? "  %s%n" : "  note: %s%n",
                        TerminalText.safe(note));
            }
        }
        out.printf("  %.1f s, %,.0f rows/s%n", seconds, seconds > 0 ? c.rowsRead() / seconds : 0.0);
    }

    /** Bytes in "1048576", "64K", "16M" or "1G" (binary units, case ignored). */
    static long parseSize(String text) {
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        int shift = 0;
        if (!s.isEmpty() && "KMG".indexOf(s.charAt(s.length() - 1)) >= 0) {
            shift = 10 * ("KMG".indexOf(s.charAt(s.length() - 1)) + 1);
            s = s.substring(0, s.length() - 1);
        }
        long n;
        try {
            n = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number of bytes, optionally with K, M or G");
        }
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("out of range");
        }
        return n << shift;
    }

    /** A profile file when one exists at that path, else a profile saved under that name. */
    private MappingProfile loadProfile() throws IOException {
        Path file = Path.of(mapping);
        if (Files.isRegularFile(file)) {
            return MappingProfile.load(file);
        }
        ProfileStore store = new ProfileStore(profiles != null ? profiles : ProfileStore.defaultDirectory());
        return store.find(mapping).orElseThrow(() -> new IllegalArgumentException("no such profile file, and no "
                + "profile of that name in " + store.directory()));
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down: the hook is running and waits for us
        }
    }
}
