package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hydrascope.model.DataKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link MappingProfile}, version 1:
 *
 * <pre>{@code
 * { "hydrascope_profile": 1, "name": "acme gateway", "kind": "interactions",
 *   "header": ["Time", "Customer", "Client IP", "Prompt"],
 *   "fields": { "timestamp": "Time", "account_id": "Customer", "ip": "Client IP", "prompt": "Prompt" },
 *   "constants": { "model": "atlas-3" },
 *   "timestamp": { "format": "pattern", "pattern": "dd/MM/yyyy HH:mm:ss", "zone": "Europe/Amsterdam" } }
 * }</pre>
 *
 * Errors name the file and what is wrong. Stateless and thread-safe.
 */
public final class ProfileJson {
    static final int VERSION = 1;

    private ProfileJson() {
    }

    public static MappingProfile read(Path file) throws IOException {
        try {
            return fromJson(JsonValues.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the profile, replacing the file atomically where the file system allows. */
    public static void write(MappingProfile profile, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".profile", ".tmp");
        try {
            Files.writeString(tmp, toText(profile), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static String toText(MappingProfile profile) {
        try {
            return JsonValues.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toJson(profile)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile", e);
        }
    }

    public static ObjectNode toJson(MappingProfile p) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        root.put("hydrascope_profile", VERSION);
        root.put("name", p.name());
        root.put("kind", p.kind().dbValue());
        p.header().forEach(root.putArray("header")::add);
        ObjectNode fields = root.putObject("fields");
        p.fields().forEach(fields::put);
        if (!p.constants().isEmpty()) {
            ObjectNode constants = root.putObject("constants");
            p.constants().forEach(constants::put);
        }
        ObjectNode ts = root.putObject("timestamp");
        ts.put("format", p.timestamps().kind().jsonName());
        if (p.timestamps().pattern() != null) {
            ts.put("pattern", p.timestamps().pattern());
        }
        if (p.timestamps().zone() != null) {
            ts.put("zone", p.timestamps().zone().getId());
        }
        return root;
    }

    public static MappingProfile fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a profile is a JSON object");
        }
        int version = root.path("hydrascope_profile").asInt(VERSION);
        if (version > VERSION) {
            throw new IllegalArgumentException("profile version " + version + " is newer than this Hydrascope reads ("
                    + VERSION + ")");
        }
        String name = root.path("name").asText(null);
        DataKind kind = root.hasNonNull("kind") ? kind(root.get("kind").asText()) : DataKind.INTERACTIONS;
        List<String> header = new ArrayList<>();
        root.path("header").forEach(n -> header.add(n.asText()));
        return new MappingProfile(name, kind, header, strings(root.path("fields"), "fields"),
                strings(root.path("constants"), "constants"), timestamps(root.path("timestamp")));
    }

    private static DataKind kind(String text) {
        try {
            return DataKind.fromDb(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + text + "' (expected interactions, accounts or "
                    + "labels)");
        }
    }

    private static Map<String, String> strings(JsonNode node, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("'" + what + "' must be an object of field names to text");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) {
                throw new IllegalArgumentException("'" + what + "." + e.getKey() + "' must be text");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static TimestampFormat timestamps(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return TimestampFormat.AUTO;
        }
        TimestampFormat.Kind kind = TimestampFormat.Kind.fromJson(node.path("format").asText("auto"));
        ZoneId zone = null;
        if (node.hasNonNull("zone")) {
            try {
                zone = ZoneId.of(node.get("zone").asText().strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("unknown time zone '" + node.get("zone").asText() + "'");
            }
        }
        return new TimestampFormat(kind, node.path("pattern").asText(null), zone);
    }
}
