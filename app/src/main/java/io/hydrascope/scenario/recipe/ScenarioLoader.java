package io.hydrascope.scenario.recipe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads scenario files and turns every way they can be wrong into a {@link ScenarioException} that names the file,
 * the field path and the problem, e.g. {@code my.json: campaigns[2]: unknown field "acounts"}.
 */
public final class ScenarioLoader {
    private final ObjectMapper mapper = ScenarioJson.mapper();
    private final ScenarioValidator validator = new ScenarioValidator();

    /** Reads and validates a scenario file (not yet resolved: absent fields stay absent). */
    public Scenario load(Path file) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, "file not found", e);
        } catch (IOException e) {
            throw new ScenarioException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and validates a scenario from a stream; {@code source} names it in messages. */
    public Scenario read(InputStream in, String source) throws IOException {
        JsonNode tree;
        try {
            tree = mapper.readTree(in);
        } catch (JsonParseException e) {
            throw new ScenarioException(source, "not valid JSON" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioException(source, List.of("file is empty"));
        }
        if (!tree.isObject()) {
            throw new ScenarioException(source, List.of("must be a JSON object"));
        }
        Scenario scenario;
        try {
            scenario = mapper.treeToValue(tree, Scenario.class);
        } catch (JsonMappingException e) {
            throw new ScenarioException(source, describe(e), e);
        }
        List<String> problems = validator.problems(scenario);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return scenario;
    }

    private static String describe(JsonMappingException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            String container = path(e.getPath().subList(0, Math.max(0, e.getPath().size() - 1)));
            return (container.isEmpty() ? "" : container + ": ") + "unknown field \"" + u.getPropertyName()
                    + "\" (expected one of: " + known(u.getKnownPropertyIds()) + ")";
        }
        if (e instanceof InvalidFormatException f) {
            return path + " must be " + expected(f.getTargetType()) + ", not \"" + f.getValue() + "\"";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return path + " must be " + expected(m.getTargetType()) + where(m.getLocation());
        }
        return (path.isEmpty() ? "" : path + ": ") + e.getOriginalMessage();
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "a UTC time such as 2026-02-02T00:00:00Z";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of names to numbers";
        }
        return "an object";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String known(Collection<Object> ids) {
        TreeSet<String> names = new TreeSet<>();
        if (ids != null) {
            ids.forEach(id -> names.add(String.valueOf(id)));
        }
        return String.join(", ", names);
    }
}
