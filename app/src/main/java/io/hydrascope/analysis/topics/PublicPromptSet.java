package io.hydrascope.analysis.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Public prompt sets written by other people (benchmarks and instruction sets under {@code shared/realdata/prompts},
 * never part of the repository), each with the topic its prompts belong to and the text a log would hold for them:
 * the user's words, and for tool-use sets also the tool definitions the request carries, because an API log's
 * prompt field holds the request, tools included. The two mixed instruction sets have no single topic: their rows
 * take the project's own per-row labels ({@code app/training/topics/realdata-labels.csv}).
 */
public enum PublicPromptSet {
    GSM8K("prompts/gsm8k_test.jsonl", Topic.REASONING),
    HUMANEVAL("prompts/HumanEval.jsonl", Topic.CODING),
    MBPP("prompts/mbpp_test.jsonl", Topic.CODING),
    BFCL_LIVE_SIMPLE("prompts/BFCL_v4_live_simple.json", Topic.TOOL_USE),
    BFCL_LIVE_MULTIPLE("prompts/BFCL_v4_live_multiple.json", Topic.TOOL_USE),
    BFCL_MULTI_TURN_BASE("prompts/BFCL_v4_multi_turn_base.json", Topic.TOOL_USE),
    TOOLBENCH_G1("prompts/toolbench_G1_query_example.json", Topic.TOOL_USE),
    TOOLBENCH_G2("prompts/toolbench_G2_query_example.json", Topic.TOOL_USE),
    TOOLBENCH_G3("prompts/toolbench_G3_query_example.json", Topic.TOOL_USE),
    GPTEACHER_TOOLFORMER("prompts/gpteacher_toolformer_dedupe.json", Topic.TOOL_USE),
    SELF_INSTRUCT_USER_ORIENTED("prompts/selfinstruct_user_oriented_instructions.jsonl", null),
    ALPACA_SEED_TASKS("prompts/alpaca_seed_tasks.jsonl", null);

    /** A per-row label of a mixed set. */
    public record RowLabel(Topic topic, Boolean chainOfThought) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final Topic topic;

    PublicPromptSet(String file, Topic topic) {
        this.file = file;
        this.topic = topic;
    }

    /** The path below the realdata folder. */
    public String file() {
        return file;
    }

    /** The file name, as the per-row labels name it. */
    public String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** The set's topic, or null for a mixed set labelled per row. */
    public Topic topic() {
        return topic;
    }

    /**
     * The set's prompts in file order, labelled. Rows of a mixed set without a label in {@code rowLabels} (keyed by
     * file name and row id) are left out.
     */
    public List<LabelledPrompt> read(Path realdata, Map<String, RowLabel> rowLabels) {
        Path path = realdata.resolve(file);
        List<LabelledPrompt> out = new ArrayList<>();
        try {
            for (JsonNode row : rows(path)) {
                String text = render(row);
                if (topic != null) {
                    out.add(new LabelledPrompt(text, topic, null, "en", fileName()));
                } else {
                    RowLabel label = rowLabels.get(fileName() + "\u0000" + row.path("id").asText());
                    if (label != null) {
                        out.add(new LabelledPrompt(text, label.topic(), label.chainOfThought(), "en", fileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new TopicModelException(path + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /** The prompts as a log would hold them, in file order. */
    public List<String> prompts(Path realdata) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode row : rows(realdata.resolve(file))) {
            out.add(render(row));
        }
        return out;
    }

    /** Reads {@code file,id,topic,cot} labels of the mixed sets. */
    public static Map<String, RowLabel> readRowLabels(Path csv) {
        Map<String, RowLabel> labels = new java.util.HashMap<>();
        for (Map.Entry<Integer, Map<String, String>> e : TrainingFiles.csvRows(csv, "file", "id", "topic")) {
            Map<String, String> r = e.getValue();
            labels.put(r.get("file") + "\u0000" + r.get("id"), new RowLabel(
                    TrainingFiles.topic(r.get("topic"), csv, e.getKey()), TrainingFiles.flag(r.get("cot"), csv,
                    e.getKey())));
        }
        return labels;
    }

    private static List<JsonNode> rows(Path path) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            in.mark(16);
            int first;
            do {
                first = in.read();
            } while (Character.isWhitespace(first));
            in.reset();
            if (first == '[') {
                JSON.readTree(in).forEach(rows::add);
            } else {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        rows.add(JSON.readTree(line));
                    }
                }
            }
        }
        return rows;
    }

    private String render(JsonNode row) throws IOException {
        return switch (this) {
            case GSM8K -> row.path("question").asText();
            case HUMANEVAL -> row.path("prompt").asText();
            case MBPP -> row.path("text").asText();
            case BFCL_LIVE_SIMPLE, BFCL_LIVE_MULTIPLE -> userTurns(row) + "\n\n"
                    + JSON.writeValueAsString(row.path("function"));
            case BFCL_MULTI_TURN_BASE -> userTurns(row) + "\n\n{\"tools\":"
                    + JSON.writeValueAsString(row.path("involved_classes")) + "}";
            case TOOLBENCH_G1, TOOLBENCH_G2, TOOLBENCH_G3 -> row.path("query").asText() + "\n\n"
                    + JSON.writeValueAsString(row.path("api_list"));
            case GPTEACHER_TOOLFORMER, SELF_INSTRUCT_USER_ORIENTED, ALPACA_SEED_TASKS -> instruction(row);
        };
    }

    private static String userTurns(JsonNode row) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode turn : row.path("question")) {
            for (JsonNode message : turn) {
                if ("user".equals(message.path("role").asText())) {
                    sb.append(sb.length() == 0 ? "" : "\n").append(message.path("content").asText());
                }
            }
        }
        return sb.toString();
    }

    /** Instruction plus its input, as the task would be posed; the recorded answer is not part of the prompt. */
    private static String instruction(JsonNode row) {
        String input = row.has("instances") ? row.path("instances").path(0).path("input").asText()
                : row.path("input").asText();
        String instruction = row.path("instruction").asText();
        return input.isBlank() ? instruction : instruction + "\n\n" + input;
    }
}
