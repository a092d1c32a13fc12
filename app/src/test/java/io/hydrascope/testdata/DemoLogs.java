package io.hydrascope.testdata;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.model.Interaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes native interactions, accounts and labels files that look like a small world: ordinary users with a day/night
 * rhythm, a company behind one NAT, a lockstep "hydra" campaign created in bursts that jumps to a newly launched model,
 * and a low-and-slow campaign with shared quiet hours. Rows come out in time order, as a real log export would.
 * A stand-in for the scenario generator in tests, screenshots and benchmarks.
 */
public final class DemoLogs {
    public static final Instant START = Instant.parse("2026-02-02T00:00:00Z");
    public static final String NEW_MODEL = "atlas-4";
    public static final String CAMPAIGN_A = "hydra-coding";
    public static final String CAMPAIGN_B = "slow-alignment";

    /** Sizes of the world. {@code waveProbability}: chance a campaign account takes part in one 10-minute wave. */
    public record Spec(int ordinary, int corporate, int campaignA, int campaignB, int days, double waveProbability,
                       boolean gzip, long seed) {
        /** A few thousand rows over two weeks: for tests. */
        public static Spec tiny() {
            return new Spec(30, 8, 12, 6, 14, 0.15, false, 7);
        }

        /** About a quarter of a million rows over six weeks: the sample case. */
        public static Spec sample() {
            return new Spec(400, 60, 120, 80, 42, 0.25, true, 42);
        }

        /** About a million rows over six weeks: for measuring the window during a large import. */
        public static Spec million() {
            return new Spec(2000, 100, 460, 200, 42, 0.35, false, 11);
        }

        /** About 16 million rows and 24,000 accounts: the size of the campaigns in the public reports. */
        public static Spec reportScale() {
            return new Spec(20_000, 500, 3_300, 1_000, 42, 0.9, false, 2026);
        }

        long launchSecond() {
            return START.getEpochSecond() + (days * 2L / 3) * 86_400 + 16 * 3600;
        }
    }

    /** The files written. */
    public record Files3(Path interactions, Path accounts, Path labels, long rows) {
    }

    private record Event(long micros, int account, String ip, String ua, String model, String conversation, int turn,
                         int in, int out, String prompt) {
    }

    private DemoLogs() {
    }

    public static void main(String[] args) throws IOException {
        Spec spec = switch (args.length > 1 ? args[1] : "sample") {
            case "tiny" -> Spec.tiny();
            case "large" -> Spec.reportScale();
            case "million" -> Spec.million();
            default -> Spec.sample();
        };
        Files3 out = write(Path.of(args[0]), spec);
        System.err.println("wrote " + out.rows() + " rows to " + out.interactions());
    }

    public static Files3 write(Path dir, Spec spec) throws IOException {
        Files.createDirectories(dir);
        DemoWorld world = new DemoWorld(spec);
        Path accounts = dir.resolve("accounts.csv");
        Path labels = dir.resolve("labels.csv");
        world.writeAccounts(accounts, labels);
        Path interactions = dir.resolve(spec.gzip() ? "interactions.csv.gz" : "interactions.csv");
        long rows = writeInteractions(world, spec, interactions);
        return new Files3(interactions, accounts, labels, rows);
    }

    private static long writeInteractions(DemoWorld world, Spec spec, Path file) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        Interaction.NATIVE_COLUMNS.forEach(schema::addColumn);
        SplittableRandom random = new SplittableRandom(spec.seed() * 31 + 1);
        long rows = 0;
        OutputStream raw = Files.newOutputStream(file);
        if (spec.gzip()) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        try (Writer w = new OutputStreamWriter(raw, StandardCharsets.UTF_8);
             CsvGenerator gen = new CsvMapper().getFactory().createGenerator(w)) {
            gen.setSchema(schema.build());
            List<Event> hour = new ArrayList<>();
            long first = START.getEpochSecond();
            for (long h = 0; h < spec.days() * 24L; h++) {
                hour.clear();
                world.emitHour(first + h * 3600, random, (micros, account, ip, ua, model, conv, turn, in, out,
                        prompt) -> hour.add(new Event(micros, account, ip, ua, model, conv, turn, in, out, prompt)));
                hour.sort(Comparator.comparingLong(Event::micros));
                for (Event e : hour) {
                    writeRow(gen, world, e, rows++);
                }
            }
        }
        return rows;
    }

    private static void writeRow(CsvGenerator gen, DemoWorld world, Event e, long n) throws IOException {
        gen.writeStartArray();
        gen.writeString("req-" + Long.toString(n, 36) + "-" + Integer.toString(e.account(), 36));
        gen.writeString(Instant.ofEpochSecond(e.micros() / 1_000_000, (e.micros() % 1_000_000) * 1000).toString());
        gen.writeString(world.accountId(e.account()));
        gen.writeString(e.ip());
        gen.writeString(e.ua());
        gen.writeString(e.model());
        gen.writeString(e.conversation());
        gen.writeNumber(e.turn());
        gen.writeNumber(e.in());
        gen.writeNumber(e.out());
        gen.writeNumber(0);
        gen.writeString("ok");
        gen.writeString(e.prompt());
        gen.writeEndArray();
    }
}
