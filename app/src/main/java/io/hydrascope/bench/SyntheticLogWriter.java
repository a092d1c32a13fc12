package io.hydrascope.bench;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.model.Interaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a plain native interactions CSV of a given size for import benchmarks: random ids, a few thousand
 * accounts, prompts of about the requested length. Not a scenario (see the scenario generator for realistic data).
 */
final class SyntheticLogWriter {
    private static final String[] WORDS = ("the a of to and in is for on that with as by this be are from or it an "
            + "write function python explain step reasoning model data table plan agent tool call json schema image "
            + "analyse summary report code test error fix query sql list sort graph network proxy account user "
            + "question answer policy rubric grade response better worse compare translate story email").split(" ");

    private SyntheticLogWriter() {
    }

    static void write(Path file, long rows, int promptChars, long seed) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        Interaction.NATIVE_COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        SplittableRandom random = new SplittableRandom(seed);
        long start = Instant.parse("2026-02-01T00:00:00Z").getEpochSecond() * 1000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvGenerator gen = mapper.getFactory().createGenerator(out)) {
            gen.setSchema(schema.build());
            StringBuilder prompt = new StringBuilder(promptChars + 16);
            for (long i = 0; i < rows; i++) {
                int account = random.nextInt(6000);
                gen.writeStartArray();
                gen.writeString(Long.toHexString(random.nextLong()) + Long.toHexString(i));
                gen.writeString(Instant.ofEpochMilli(start + i * 37 + random.nextInt(1000)).toString());
                gen.writeString("acct-" + account);
                gen.writeString("10." + (account % 250) + "." + random.nextInt(250) + "." + random.nextInt(250));
                gen.writeString(account % 3 == 0 ? "python-sdk/1.42" : "Mozilla/5.0 (X11; Linux x86_64)");
                gen.writeString(random.nextInt(4) == 0 ? "atlas-4" : "atlas-3");
                gen.writeString("c-" + account + "-" + (i / 7));
                gen.writeNumber(1 + random.nextInt(5));
                gen.writeNumber(random.nextInt(2000));
                gen.writeNumber(random.nextInt(4000));
                gen.writeNumber(random.nextInt(3));
                gen.writeString("ok");
                prompt.setLength(0);
                while (prompt.length() < promptChars) {
                    prompt.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? ", " : " ");
                }
                gen.writeString(prompt.toString());
                gen.writeEndArray();
            }
        }
    }
}
