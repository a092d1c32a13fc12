package io.hydrascope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.model.CaseSummary;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.store.CaseChecks;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope info}: what a case holds. */
@Command(name = "info", description = "Show what a case holds: counts, time range, imports, quarantine reasons.")
final class InfoCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "One JSON object instead of text.")
    boolean json;

    @Option(names = "--check", description = "Also check that the case is whole: SQLite's integrity and foreign-key "
            + "checks, and one complete analysis. Exit code 1 when it is not.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file)) {
            CaseSummary s = store.summaries().summary();
            List<ImportRecord> imports = store.imports().list();
            List<String> problems = List.of();
            if (check) {
                try (ReadSession session = store.newReader()) {
                    problems = new CaseChecks(session).problems();
                }
            }
            if (json) {
                ObjectNode root = toJson(s, imports);
                if (check) {
                    root.putPOJO("problems", problems);
                }
                out.println(JSON.writeValueAsString(root));
            } else {
                printText(out, s, imports);
                if (check) {
                    out.println(problems.isEmpty() ? "check:         ok (integrity, foreign keys, one complete "
                            + "analysis)" : "check:         " + problems.size() + " problem"
                            + (problems.size() == 1 ? "" : "s"));
                    problems.forEach(p -> out.println("  " + TerminalText.safe(p)));
                }
            }
            return problems.isEmpty() ? 0 : 1;
        }
    }

    private ObjectNode toJson(CaseSummary s, List<ImportRecord> imports) {
        ObjectNode root = JSON.createObjectNode();
        root.put("case", caseOption.file.toString());
        root.put("interactions", s.interactions());
        root.put("accounts", s.accounts());
        root.put("quarantined", s.quarantined());
        root.put("duplicates", s.duplicates());
        root.put("imports", s.imports());
        ObjectNode range = root.putObject("time_range");
        range.put("from", iso(s.firstTimestampMicros()));
        range.put("to", iso(s.lastTimestampMicros()));
        root.put("search_ready", s.searchReady());
        ObjectNode models = root.putObject("models");
        s.models().forEach(models::put);
        ObjectNode reasons = root.putObject("quarantine_reasons");
        s.quarantineReasons().forEach(reasons::put);
        ArrayNode files = root.putArray("files");
        for (ImportRecord r : imports) {
            ObjectNode f = files.addObject();
            f.put("id", r.id());
            f.put("file", r.fileName());
            f.put("size", r.fileSize());
            f.put("sha256", r.sha256());
            f.put("format", r.format());
            f.put("kind", r.kind().dbValue());
            f.put("status", r.status().dbValue());
            f.put("resumable", r.status().resumable());
            f.put("started_at", r.startedAt().toString());
            f.put("finished_at", r.finishedAt() == null ? null : r.finishedAt().toString());
            f.put("rows_read", r.counts().rowsRead());
            f.put("imported", r.counts().imported());
            f.put("quarantined", r.counts().quarantined());
            f.put("duplicates", r.counts().duplicates());
            f.put("skipped", r.counts().skipped());
            f.put("pending", r.counts().pending());
            f.put("flagged", r.counts().flagged());
        }
        return root;
    }

    private void printText(PrintWriter out, CaseSummary s, List<ImportRecord> imports) {
        out.printf("case:          %s%n", TerminalText.safe(caseOption.file));
        out.printf("interactions:  %,d%n", s.interactions());
        out.printf("accounts:      %,d%n", s.accounts());
        out.printf("quarantined:   %,d%n", s.quarantined());
        out.printf("duplicates:    %,d%n", s.duplicates());
        out.printf("time range:    %s .. %s (UTC)%n", iso(s.firstTimestampMicros()), iso(s.lastTimestampMicros()));
        out.printf("search:        %s%n", s.searchReady() ? "ready" : "index not built yet (run ingest again)");
        s.models().forEach((m, n) -> out.printf("model:         %s: %,d%n", m.isEmpty() ? "(none)"
                : TerminalText.safe(m), n));
        s.quarantineReasons().forEach((r, n) -> out.printf("quarantine:    %s: %,d%n", TerminalText.safe(r), n));
        out.printf("imports:       %d%n", s.imports());
        for (ImportRecord r : imports) {
            out.printf("  #%d %s [%s, %s] read %,d imported %,d quarantined %,d duplicates %,d skipped %,d%s%n",
                    r.id(), TerminalText.safe(r.fileName()), TerminalText.safe(r.format()), r.status().describe(),
                    r.counts().rowsRead(), r.counts().imported(), r.counts().quarantined(), r.counts().duplicates(),
                    r.counts().skipped(), r.counts().pending() == 0 ? "" : String.format(" pending %,d (checked for "
                            + "duplicates when the import resumes)", r.counts().pending()));
            if (r.status().resumable()) {
                out.printf("     resume with: hydrascope ingest --case %s %s%n", TerminalText.safe(caseOption.file),
                        TerminalText.safe(r.filePath()));
            }
        }
    }

    private static String iso(Long micros) {
        if (micros == null) {
            return null;
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
                .toString();
    }
}
