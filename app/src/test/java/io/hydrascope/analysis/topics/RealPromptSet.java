package io.hydrascope.analysis.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hydrascope.RealData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The third-party prompt files under {@code shared/realdata/prompts}, each with the topic its prompts belong to and
 * the text a log would hold for them. Rows are kept in file order so that the first fifth (the only part cues were
 * tuned on) can be told apart from the held-out rest.
 *
 * <p>What is classified: the user's words, and for tool-use sets also the tool definitions the request carries
 * ({@link Rendering#REQUEST}), because an API log's prompt field holds the request, tools included. BFCL multi-turn
 * rows name the tool classes they load but not the schemas, so only those names stand in for the definitions there.
 * {@link Rendering#USER_TEXT} drops the tools, to show how much the user's words alone carry.
 */
enum RealPromptSet {
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
    SELF_INSTRUCT_USER_ORIENTED("prompts/selfinstruct_user_oriented_instructions.jsonl", Topic.GENERAL),
    ALPACA_SEED_TASKS("prompts/alpaca_seed_tasks.jsonl", Topic.GENERAL);

    /** Which text of a row is classified. */
    enum Rendering {
        /** What the log's prompt field would hold: the user's words plus tool definitions where there are any. */
        REQUEST,
        /** The user's words alone. */
        USER_TEXT
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final String file;
    final Topic expected;

    RealPromptSet(String file, Topic expected) {
        this.file = file;
        this.expected = expected;
    }

    /** The prompts in file order; skips the calling test when the file is absent. */
    List<String> prompts(Rendering rendering) {
        Path path = RealData.file(file);
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode row : rows(path)) {
                out.add(render(row, rendering));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many leading rows were available for tuning cues: at most the first 20%. */
    static int tuningCount(int rows) {
        return rows / 5;
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

    private String render(JsonNode row, Rendering rendering) throws IOException {
        boolean tools = rendering == Rendering.REQUEST;
        return switch (this) {
            case GSM8K -> row.path("question").asText();
            case HUMANEVAL -> row.path("prompt").asText();
            case MBPP -> row.path("text").asText();
            case BFCL_LIVE_SIMPLE, BFCL_LIVE_MULTIPLE -> userTurns(row)
                    + (tools ? "\n\n" + JSON.writeValueAsString(row.path("function")) : "");
            case BFCL_MULTI_TURN_BASE -> userTurns(row)
                    + (tools ? "\n\n{\"tools\":" + JSON.writeValueAsString(row.path("involved_classes")) + "}" : "");
            case TOOLBENCH_G1, TOOLBENCH_G2, TOOLBENCH_G3 -> row.path("query").asText()
                    + (tools ? "\n\n" + JSON.writeValueAsString(row.path("api_list")) : "");
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
