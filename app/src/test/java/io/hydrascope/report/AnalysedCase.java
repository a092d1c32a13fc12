package io.hydrascope.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.analysis.AnalysisService;
import io.hydrascope.analysis.AnalysisSettings;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.Interaction;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small case written as native CSV files, imported and analysed by the real services: a ten-account harvesting
 * campaign (shared payment, creation burst, minute-boundary scheduling around the clock, templated chain-of-thought
 * and coding prompts, a shared proxy subnet) among thirty ordinary users, with hostile text in prompts, an account
 * id, a user agent, and analyst annotations.
 */
public final class AnalysedCase {
    public static final String HOSTILE_PROMPT = "<script>alert('x')</script> [click](javascript:alert(1)) "
            + "](http://evil.example/steal) ``` fence ```` and =HYPERLINK(\"http://evil.example\",\"x\") "
            + "visit www.evil.example or mail boss@evil.example";
    public static final String FORMULA_ACCOUNT = "=HYPERLINK(\"http://evil.example\")";
    public static final String QUOTE_ACCOUNT = "camp-o'brien\\x";
    public static final String HOSTILE_AGENT = "<img src=x onerror=alert(1)> harvest-bot/1.0";
    public static final String BOOKMARKED_REQUEST = "camp-r-0-5";
    public static final String LONG_REQUEST = "camp-r-1-7";
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final int DAYS = 7;

    private static Path shared;

    private AnalysedCase() {
    }

    /** One annotated, analysed case shared by the tests of this JVM; tests must not change it. */
    public static synchronized Path shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("hydrascope-report-test");
            shared = create(dir, true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return shared;
    }

    /** Builds the report model of the shared case. */
    static ReportModel model(ReportScope scope, boolean pictures) throws IOException {
        return model(shared(), scope, pictures, ReportOptions.DEFAULTS);
    }

    static ReportModel model(Path casePath, ReportScope scope, boolean pictures, ReportOptions options) {
        try (CaseStore store = CaseStore.open(casePath); var session = store.newReader()) {
            return new ReportService(options, java.time.Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"),
                    java.time.ZoneOffset.UTC), "Hydrascope test").build(session, scope, pictures,
                    ProgressListener.NONE, new CancellationToken());
        }
    }

    /** The id of the flagged cluster holding the campaign's first account. */
    public static long campaignCluster() throws IOException {
        try (CaseStore store = CaseStore.open(shared()); var session = store.newReader()) {
            var queries = new io.hydrascope.store.AnalysisQueries(session);
            var refs = new io.hydrascope.store.ReportQueries(session).refsOf(List.of("camp-00"));
            return queries.accountResults(refs.values()).get(0).clusterId();
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files of a finished test run
        }
    }

    static List<String> campaignAccounts() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(i == 3 ? FORMULA_ACCOUNT : i == 4 ? QUOTE_ACCOUNT : String.format("camp-%02d", i));
        }
        return ids;
    }

    static List<String> ordinaryAccounts() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(String.format("user-%02d", i));
        }
        return ids;
    }

    /** Writes, imports and analyses the case; annotates it when {@code annotate}. */
    public static Path create(Path dir, boolean annotate) throws IOException {
        Path interactions = dir.resolve("interactions.csv");
        Path accounts = dir.resolve("accounts.csv");
        writeInteractions(interactions);
        writeAccounts(accounts);
        Path casePath = dir.resolve("case.hcase");
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            ImportService imports = new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all());
            imports.importFile(store, interactions, ProgressListener.NONE, new CancellationToken());
            imports.importFile(store, accounts, ProgressListener.NONE, new CancellationToken());
            new AnalysisService().analyse(store, AnalysisSettings.DEFAULTS, ProgressListener.NONE,
                    new CancellationToken());
            if (annotate) {
                var notes = store.annotations();
                notes.bookmark(AnnotationTarget.INTERACTION, BOOKMARKED_REQUEST, "template with a script tag",
                        "analyst-a");
                notes.addNote(AnnotationTarget.INTERACTION, BOOKMARKED_REQUEST, "see [here](javascript:alert(2))",
                        "analyst-a");
                notes.addTag(AnnotationTarget.ACCOUNT, "camp-00", "proxy-network", "analyst-b");
                notes.addNote(AnnotationTarget.CASE, AnnotationTarget.CASE_ID, "Escalated to the T&S lead.",
                        "analyst-b");
                notes.bookmark(AnnotationTarget.INTERACTION, "user-r-extra", "ordinary user, kept for contrast",
                        "analyst-a");
            }
        }
        return casePath;
    }

    private static void writeInteractions(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> campaign = campaignAccounts();
        for (int a = 0; a < campaign.size(); a++) {
            for (int h = 0; h < DAYS * 24; h++) {
                Instant t = START.plusSeconds(h * 3600L + (a * 7L % 50) * 60);
                String prompt = h % 2 == 0
                        ? "Below is a problem and its final answer. Write out, step by step, the complete reasoning "
                        + "that leads to this answer. Problem: what is " + (h * 7 + a) + " times " + (h + 3)
                        + "? Final answer: " + ((h * 7 + a) * (h + 3))
                        : "Write a Python function that parses log line number " + h + " and returns a dict, with "
                        + "unit tests using pytest. Explain your reasoning step by step.";
                String id = "camp-r-" + a + "-" + h;
                if (id.equals(BOOKMARKED_REQUEST)) {
                    prompt = HOSTILE_PROMPT;
                }
                if (id.equals(LONG_REQUEST)) {
                    prompt = "Long template: " + "lorem ipsum dolor ".repeat(400);
                }
                String agent = a == 5 ? HOSTILE_AGENT : "harvest-bot/1.0";
                rows.add(row(id, t, campaign.get(a), "203.0.113." + (10 + (h + a) % 6), agent,
                        h > 5 * 24 ? "atlas-4" : "atlas-3", "camp-c-" + a + "-" + h, 1, prompt));
            }
        }
        String[] topics = {"How do I cook rice without it getting sticky?", "What should I see in Lisbon in two days?",
            "Can you help me write a birthday card for my aunt?", "Why is the sky blue?",
            "Suggest a name for my cat, she is grey and lazy.", "How long should I boil an egg?"};
        List<String> users = ordinaryAccounts();
        Random random = new Random(7);
        for (int u = 0; u < users.size(); u++) {
            for (int d = 0; d < DAYS; d++) {
                for (int c = 0; c < 2; c++) {
                    for (int turn = 1; turn <= 3; turn++) {
                        Instant t = START.plusSeconds(d * 86_400L + (9 + random.nextInt(9)) * 3600L
                                + random.nextInt(3600) + turn * 97L);
                        rows.add(row("user-r-" + u + "-" + d + "-" + c + (turn == 1 ? "" : "-" + turn), t,
                                users.get(u), "198.51.100." + (u / 3 + 1), "Mozilla/5.0 (X11; Linux x86_64)", "atlas-3",
                                "user-c-" + u + "-" + d + "-" + c, turn, turn == 1 ? topics[(u + d + c) % topics.length]
                                        : "Thanks! And what about the follow-up question number " + turn + "?"));
                    }
                }
            }
        }
        for (int o = 0; o < 12; o++) {
            for (int d = 0; d < DAYS; d++) {
                for (int turn = 1; turn <= 4; turn++) {
                    Instant t = START.plusSeconds(d * 86_400L + (9 + random.nextInt(8)) * 3600L + random.nextInt(3600));
                    rows.add(row("org-r-" + o + "-" + d + "-" + turn, t, String.format("org-%02d", o), "192.0.2.1",
                            "acme-ide-plugin/3.2", "atlas-3", "org-c-" + o + "-" + d, turn, turn == 1
                                    ? "Our Java service " + (o + d) + " throws a NullPointerException in the billing "
                                    + "module, how do I debug it?" : "That helped, but now the test " + turn
                                    + " fails with a timeout. Any idea?"));
                }
            }
        }
        rows.add(row("user-r-extra", START.plusSeconds(50_000), users.get(2), "198.51.100.3",
                "Mozilla/5.0 (X11; Linux x86_64)", "atlas-3", "user-c-extra", 1, "What is a good book on birds?"));
        write(file, Interaction.NATIVE_COLUMNS, rows);
    }

    private static String[] row(String id, Instant t, String account, String ip, String agent, String model,
                                String conversation, int turn, String prompt) {
        return new String[] {id, t.toString(), account, ip, agent, model, conversation, Integer.toString(turn), "40",
            "400", "0", "ok", prompt};
    }

    private static void writeAccounts(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> campaign = campaignAccounts();
        for (int a = 0; a < campaign.size(); a++) {
            rows.add(new String[] {campaign.get(a), Instant.parse("2026-02-20T03:00:00Z").plusSeconds(a * 600L)
                    .toString(), "relaymail.icu", a < 8 ? "fp_shared_one" : "fp_shared_two", "US", "", "plus"});
        }
        List<String> users = ordinaryAccounts();
        for (int u = 0; u < users.size(); u++) {
            rows.add(new String[] {users.get(u), Instant.parse("2025-01-05T10:00:00Z").plusSeconds(u * 86_400L * 9)
                    .toString(), u % 2 == 0 ? "gmail.com" : "example.org", "fp_user_" + u, "PT", "", "free"});
        }
        for (int o = 0; o < 12; o++) {
            rows.add(new String[] {String.format("org-%02d", o), "2024-06-01T12:00:00Z", "acme.example", "fp_acme_corp",
                "DE", "org_acme", "enterprise"});
        }
        write(file, AccountProfile.NATIVE_COLUMNS, rows);
    }

    private static void write(Path file, List<String> columns, List<String[]> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             SequenceWriter out = new CsvMapper().writer(schema.build()).writeValues(w)) {
            for (String[] r : rows) {
                out.write(r);
            }
        }
    }
}
