package io.hydrascope.analysis.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads labelled prompts: the project's JSON Lines ({@code lang, topic, cot, text}; see app/training/topics) and an
 * analyst's CSV with a header {@code prompt,topic} and optionally {@code cot}. Errors name the file and line.
 */
public final class TrainingFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> JSONL_KEYS = Set.of("lang", "topic", "cot", "text");

    private TrainingFiles() {
    }

    /** Every {@code .jsonl} and {@code .csv} file of a folder (sorted by name), or the one file given. */
    public static List<LabelledPrompt> read(Path path) {
        if (Files.isDirectory(path)) {
            List<LabelledPrompt> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".jsonl") || (name.endsWith(".csv") && isPromptCsv(f))) {
                        out.addAll(read(f));
                    }
                }
            } catch (IOException e) {
                throw new TopicModelException(path + ": cannot list: " + e.getMessage(), e);
            }
            return out;
        }
        return path.getFileName().toString().endsWith(".jsonl") ? readJsonLines(path) : readPromptCsv(path);
    }

    /** The project's JSON Lines format. */
    public static List<LabelledPrompt> readJsonLines(Path file) {
        List<LabelledPrompt> out = new ArrayList<>();
        String source = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(s);
                } catch (IOException e) {
                    throw new TopicModelException(file + ":" + line + ": invalid JSON: " + e.getMessage(), e);
                }
                if (!row.isObject() || !row.path("text").isTextual() || !row.path("topic").isTextual()) {
                    throw new TopicModelException(file + ":" + line + ": needs \"text\" and \"topic\" strings", null);
                }
                for (var it = row.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!JSONL_KEYS.contains(key)) {
                        throw new TopicModelException(file + ":" + line + ": unknown key \"" + key + "\"", null);
                    }
                }
                JsonNode cot = row.path("cot");
                if (!cot.isMissingNode() && !cot.isBoolean() && !cot.isNull()) {
                    throw new TopicModelException(file + ":" + line + ": \"cot\" must be true or false", null);
                }
                out.add(new LabelledPrompt(row.path("text").asText(), topic(row.path("topic").asText(), file, line),
                        cot.isBoolean() ? cot.asBoolean() : null, row.path("lang").asText("und"), source));
            }
        } catch (IOException e) {
            throw new TopicModelException(file + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /** An analyst's CSV: header with {@code prompt} and {@code topic}, optionally {@code cot} (true/false/1/0). */
    public static List<LabelledPrompt> readPromptCsv(Path file) {
        List<LabelledPrompt> out = new ArrayList<>();
        String source = file.getFileName().toString();
        for (Map.Entry<Integer, Map<String, String>> row : csvRows(file, "prompt", "topic")) {
            Map<String, String> r = row.getValue();
            out.add(new LabelledPrompt(r.get("prompt"), topic(r.get("topic"), file, row.getKey()),
                    flag(r.get("cot"), file, row.getKey()), "und", source));
        }
        return out;
    }

    /**
     * The rows of a CSV with a header that must name {@code required} columns, each with its 1-based line number
     * (the header is line 1). Column names are matched in lower case.
     */
    public static List<Map.Entry<Integer, Map<String, String>>> csvRows(Path file, String... required) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map.Entry<Integer, Map<String, String>>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema)
                .readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            boolean checked = false;
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> raw = it.nextValue();
                Map<String, String> row = new java.util.HashMap<>();
                raw.forEach((k, v) -> row.put(k.strip().toLowerCase(Locale.ROOT), v));
                if (!checked) {
                    for (String column : required) {
                        if (!row.containsKey(column)) {
                            throw new TopicModelException(file + ":1: the header needs the columns "
                                    + String.join(",", required) + "; found " + String.join(",", raw.keySet()), null);
                        }
                    }
                    checked = true;
                }
                for (String column : required) {
                    if (row.get(column) == null || row.get(column).isBlank()) {
                        throw new TopicModelException(file + ":" + line + ": empty " + column, null);
                    }
                }
                rows.add(Map.entry(line, row));
            }
        } catch (IOException e) {
            throw new TopicModelException(file + ": cannot read CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** A cot cell: empty means not labelled. */
    public static Boolean flag(String value, Path file, int line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new TopicModelException(file + ":" + line + ": cot must be true or false: " + value, null);
        };
    }

    public static Topic topic(String id, Path file, int line) {
        try {
            return Topic.of(id.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TopicModelException(file + ":" + line + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPromptCsv(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            return header != null && header.toLowerCase(Locale.ROOT).contains("prompt");
        } catch (IOException e) {
            return false;
        }
    }
}
