package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limiter finds record ends exactly as the CSV parser does: every record within the limit reads the same fields
 * at the same line as without a limit, whatever was cut before it.
 */
class CsvRecordLimiterTest {
    private static final long LIMIT = 1024;
    private static final String[] BREAKS = {"\n", "\r\n", "\r"};

    /** One generated record: its text without the line break after it, and the fields the parser should read. */
    private record Generated(String text, List<String> fields) {
        long bytes() {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    private record Read(long line, List<String> fields, String problem) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void recordsWithinTheLimitReadTheSameFieldsAtTheSameLinesAsWithoutOne(int seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("a,b,c\n");
        List<Generated> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 2;
        for (int r = 0; r < 300; r++) {
            if (random.nextInt(10) == 0) {
                csv.append(BREAKS[random.nextInt(3)]); // an empty line
                line++;
            }
            Generated g = record(random);
            records.add(g);
            lines.add(line);
            csv.append(g.text()).append(BREAKS[random.nextInt(2)]); // not a lone CR: with an empty LF line after it, it would read as one CRLF
            line += breaks(g.text()) + 1;
        }
        List<Read> unlimited = read(csv.toString(), Long.MAX_VALUE / 4);
        List<Read> limited = read(csv.toString(), LIMIT);
        assertEquals(records.size(), unlimited.size());
        for (int i = 0; i < records.size(); i++) {
            Generated g = records.get(i);
            assertEquals(new Read(lines.get(i), g.fields(), null), unlimited.get(i), "record " + i);
            if (g.bytes() <= LIMIT) {
                assertEquals(unlimited.get(i), limited.get(i), "record " + i + " within the limit");
            } else {
                assertEquals(lines.get(i), limited.get(i).line(), "line of cut record " + i);
                assertEquals(RecordSize.TOO_LARGE, limited.get(i).problem(), "record " + i);
            }
        }
        assertEquals(records.size(), limited.size());
    }

    private static List<Read> read(String csv, long limit) throws IOException {
        List<Read> out = new ArrayList<>();
        try (CsvRecordSource source = new CsvRecordSource(new StringReader(csv),
                new CountingInputStream(InputStream.nullInputStream()), limit)) {
            while (source.next()) {
                SourceRecord r = source.record();
                List<String> fields = new ArrayList<>();
                if (r != null) {
                    for (int c = 0; c < 3; c++) {
                        String v = r.valueAt(c);
                        fields.add(v == null ? "" : v);
                    }
                }
                out.add(new Read(source.line(), r == null ? List.of() : fields, source.problem()));
            }
            assertNull(source.stop());
        }
        return out;
    }

    private static Generated record(Random random) {
        boolean big = random.nextInt(6) == 0;
        StringBuilder text = new StringBuilder();
        List<String> fields = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            if (f > 0) {
                text.append(',');
            }
            int length = big && f == 2 ? 300 + random.nextInt(1500) : random.nextInt(12);
            switch (random.nextInt(3)) {
                case 0 -> { // unquoted: no separator, quote or line break
                    String v = random(random, length, "ab é漢 ");
                    text.append(v);
                    fields.add(v);
                }
                case 1 -> { // quoted, with escaped quotes, separators and LF or CRLF line breaks
                    // (not a lone CR: FastCSV 4.2 does not read one inside quotes as a line break)
                    String v = random(random, length, "ab,\"é漢 \nR").replace("R", "\r\n");
                    text.append('"').append(v.replace("\"", "\"\"")).append('"');
                    fields.add(v);
                }
                default -> { // a quoted part followed by text, which the parser keeps
                    String v = random(random, length, "ab,é \n");
                    String tail = random(random, 3, "xy");
                    text.append('"').append(v).append('"').append(tail);
                    fields.add(v + tail);
                }
            }
        }
        if (fields.stream().allMatch(String::isEmpty) && text.length() == 2) {
            return record(random); // ",," is a record, but keep the generator simple: never an all-empty one
        }
        return new Generated(text.toString(), fields);
    }

    private static String random(Random random, int length, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static long breaks(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
                n++;
            }
        }
        return n;
    }
}
