package io.hydrascope.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.Interaction;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.recipe.ScenarioJson;
import io.hydrascope.model.files.OutputFile;
import com.fasterxml.jackson.core.JsonEncoding;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a generated scenario in Hydrascope's native files: {@code interactions.csv} (streamed row by row),
 * {@code accounts.csv}, {@code labels.csv} and {@code scenario.json}. All CSV goes through Jackson's streaming
 * generator, so prompts with quotes, commas, newlines and any script are quoted correctly. The files replace those of
 * an earlier run in the folder only when the generation finishes, all four together, and only ever as regular files
 * (see {@link OutputFile}); a failed or cancelled run leaves the folder as it was. Not thread-safe.
 */
public final class NativeFilesSink implements GenerationSink {
    public static final String INTERACTIONS = "interactions.csv";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String LABELS = "labels.csv";
    public static final String SCENARIO = "scenario.json";
    /** Columns of labels.csv: the campaign ({@code benign} if none) and the population an account came from. */
    public static final List<String> LABEL_COLUMNS = List.of("account_id", "campaign", "population");

    private static final int BUFFER = 1 << 20;

    private final Path dir;
    private final CsvMapper csv = new CsvMapper();
    /** Part files not yet in place, in the order they are committed. */
    private final List<OutputFile.Draft> drafts = new ArrayList<>();
    private CsvGenerator interactions;

    /**
     * @throws io.hydrascope.model.files.OutputFileException when one of the four files is there as something other than
     *                                                 a regular file
     */
    public NativeFilesSink(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        for (String name : List.of(INTERACTIONS, ACCOUNTS, LABELS, SCENARIO)) {
            file(name);
        }
    }

    @Override
    public void accounts(List<GeneratedAccount> accounts) throws IOException {
        try (CsvGenerator out = open(ACCOUNTS, AccountProfile.NATIVE_COLUMNS)) {
            for (GeneratedAccount account : accounts) {
                AccountProfile p = account.profile();
                out.writeStartArray();
                out.writeString(p.accountId());
                out.writeString(p.createdAtMicros() == null ? null : IsoTime.format(p.createdAtMicros() / 1000));
                out.writeString(p.emailDomain());
                out.writeString(p.paymentFingerprint());
                out.writeString(p.country());
                out.writeString(p.orgId());
                out.writeString(p.plan());
                out.writeEndArray();
            }
        }
        try (CsvGenerator out = open(LABELS, LABEL_COLUMNS)) {
            for (GeneratedAccount account : accounts) {
                out.writeStartArray();
                out.writeString(account.profile().accountId());
                out.writeString(account.campaign());
                out.writeString(account.population());
                out.writeEndArray();
            }
        }
        interactions = open(INTERACTIONS, Interaction.NATIVE_COLUMNS);
    }

    @Override
    public void interaction(Interaction row) throws IOException {
        CsvGenerator out = interactions;
        out.writeStartArray();
        out.writeString(row.requestId());
        out.writeString(IsoTime.format(row.timestampMicros() / 1000));
        out.writeString(row.accountId());
        out.writeString(row.ip());
        out.writeString(row.userAgent());
        out.writeString(row.model());
        out.writeString(row.conversationId());
        number(out, row.turn() == null ? null : row.turn().longValue());
        number(out, row.inputTokens());
        number(out, row.outputTokens());
        out.writeString(row.toolCalls());
        out.writeString(row.status());
        out.writeString(row.prompt());
        out.writeEndArray();
    }

    private static void number(CsvGenerator out, Long value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeNumber(value);
        }
    }

    @Override
    public void finish(Scenario resolved, GenerationSummary summary) throws IOException {
        interactions.close();
        interactions = null;
        ObjectMapper mapper = ScenarioJson.mapper();
        ObjectNode root = mapper.valueToTree(resolved);
        root.set("generated", mapper.valueToTree(summary));
        try (Writer w = writer(SCENARIO)) {
            w.write(ScenarioJson.prettyWriter(mapper).writeValueAsString(root));
            w.write('\n');
        }
        while (!drafts.isEmpty()) {
            drafts.get(0).commit();
            drafts.remove(0);
        }
    }

    /** Closes what is open; part files not committed by {@link #finish} are deleted. */
    @Override
    public void close() throws IOException {
        try {
            if (interactions != null) {
                interactions.close();
                interactions = null;
            }
        } finally {
            for (OutputFile.Draft draft : drafts) {
                draft.close();
            }
            drafts.clear();
        }
    }

    /** A CSV generator with the header already written (so even an empty file has its header). */
    private CsvGenerator open(String name, List<String> columns) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).build()
                .withoutHeader().withLineSeparator("\n");
        CsvGenerator out = (CsvGenerator) csv.getFactory().createGenerator(
                new BufferedOutputStream(draft(name).stream(), BUFFER), JsonEncoding.UTF8);
        out.setSchema(schema);
        out.writeStartArray();
        for (String column : columns) {
            out.writeString(column);
        }
        out.writeEndArray();
        return out;
    }

    private Writer writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(draft(name).stream(), StandardCharsets.UTF_8), BUFFER);
    }

    /** A part file for {@code name}, committed with the others when the generation finishes. */
    private OutputFile.Draft draft(String name) throws IOException {
        OutputFile.Draft draft = file(name).open();
        drafts.add(draft);
        return draft;
    }

    /** The folder is the user's choice and the names are ours: a regular file from an earlier run is replaced. */
    private OutputFile file(String name) {
        return OutputFile.check(dir.resolve(name), true);
    }
}
