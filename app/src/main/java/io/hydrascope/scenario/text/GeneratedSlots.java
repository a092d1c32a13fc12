package io.hydrascope.scenario.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.scenario.infra.Rand;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Slots whose values are built rather than listed: tool schemas and tool results (JSON written by Jackson), small
 * data tables (CSV written by Jackson) and pasted paragraphs.
 */
final class GeneratedSlots {
    static final List<String> NAMES = List.of("tool_schema", "tool_schemas", "tool_result", "csv_table",
            "paragraph");
    private static final String[][] TABLES = {
        {"date", "region", "units", "revenue_usd"},
        {"timestamp", "device_id", "temp_c", "humidity_pct"},
        {"user_id", "signup_date", "plan", "sessions_30d", "churned"},
        {"order_id", "sku", "qty", "unit_price", "country"},
        {"week", "channel", "spend", "clicks", "conversions"},
    };

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectWriter compact = json.writer();
    private final ObjectWriter pretty = json.writerWithDefaultPrettyPrinter();
    private final CsvMapper csv = new CsvMapper();
    private final ObjectWriter[] tableWriters = new ObjectWriter[TABLES.length];
    private final List<JsonNode> tools;

    GeneratedSlots(List<JsonNode> tools) {
        this.tools = tools;
        for (int i = 0; i < TABLES.length; i++) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
            for (String column : TABLES[i]) {
                schema.addColumn(column);
            }
            tableWriters[i] = csv.writer(schema.build());
        }
    }

    String value(String slot, Fill fill) {
        SplittableRandom rng = fill.rng();
        return switch (slot) {
            case "tool_schema" -> write(Rand.pick(rng, tools), true);
            case "tool_schemas" -> toolSchemas(rng);
            case "tool_result" -> toolResult(fill);
            case "csv_table" -> table(rng);
            case "paragraph" -> paragraph(fill);
            default -> throw new IllegalArgumentException("unknown generated slot " + slot);
        };
    }

    private String toolSchemas(SplittableRandom rng) {
        ArrayNode array = json.createArrayNode();
        int count = Math.min(tools.size(), 2 + rng.nextInt(3));
        int[] order = new int[tools.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            array.add(tools.get(order[i]));
        }
        return write(array, rng.nextBoolean());
    }

    private String toolResult(Fill fill) {
        SplittableRandom rng = fill.rng();
        ObjectNode result = json.createObjectNode();
        result.put("status", rng.nextDouble() < 0.9 ? "ok" : "partial");
        ArrayNode items = result.putArray("results");
        int count = 1 + rng.nextInt(4);
        for (int i = 0; i < count; i++) {
            ObjectNode item = items.addObject();
            item.put("id", 1000 + rng.nextInt(90_000));
            item.put("name", fill.pick("result_name"));
            item.put("score", Math.round(rng.nextDouble() * 1000) / 1000.0);
        }
        result.put("elapsed_ms", 20 + rng.nextInt(2000));
        return write(result, false);
    }

    private String table(SplittableRandom rng) {
        int which = rng.nextInt(TABLES.length);
        String[] columns = TABLES[which];
        List<List<String>> rows = new ArrayList<>();
        int count = 5 + rng.nextInt(9);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(cell(column, r, rng));
            }
            rows.add(row);
        }
        try {
            return tableWriters[which].writeValueAsString(rows).stripTrailing();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String column, int row, SplittableRandom rng) {
        return switch (column) {
            case "date", "signup_date" -> "2025-" + pad(1 + (row % 12)) + "-" + pad(1 + rng.nextInt(28));
            case "timestamp" -> "2025-11-0" + (1 + row % 9) + "T" + pad(rng.nextInt(24)) + ":" + pad(rng.nextInt(60));
            case "region", "country" -> Rand.pick(rng, new String[] {"EMEA", "NA", "APAC", "LATAM", "DE", "US", "JP"});
            case "device_id" -> "dev-" + (100 + rng.nextInt(20));
            case "plan" -> Rand.pick(rng, new String[] {"free", "pro", "team"});
            case "churned" -> rng.nextDouble() < 0.2 ? "1" : "0";
            case "sku" -> "SKU-" + (1000 + rng.nextInt(400));
            case "channel" -> Rand.pick(rng, new String[] {"search", "social", "email", "display"});
            case "week" -> "2025-W" + pad(1 + row);
            case "user_id", "order_id" -> Integer.toString(10_000 + rng.nextInt(90_000));
            case "temp_c" -> String.format(Locale.ROOT, "%.1f", 15 + rng.nextDouble() * 15);
            default -> Integer.toString(rng.nextInt(5000));
        };
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String paragraph(Fill fill) {
        StringBuilder sb = new StringBuilder();
        int sentences = 3 + fill.rng().nextInt(6);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(fill.pick("sentence"));
        }
        return sb.toString();
    }

    private String write(JsonNode node, boolean indent) {
        try {
            return indent ? pretty.writeValueAsString(node).replace("\r\n", "\n") : compact.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
