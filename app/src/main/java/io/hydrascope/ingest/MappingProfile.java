package io.hydrascope.ingest;

import io.hydrascope.model.DataKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to read a file Hydrascope does not recognise: which source column holds each canonical field, values that are
 * the same for every record, and how timestamps are written. Saved as JSON (see {@link ProfileJson} and
 * {@code app/docs/formats.md}) and offered again for files with the same header. Immutable; the constructor checks
 * it is usable and throws {@link IllegalArgumentException} with a message an analyst can act on.
 *
 * @param name       shown in lists and in the import's format ("mapping profile 'acme gateway'")
 * @param kind       what the file holds; interactions unless said otherwise
 * @param header     the columns of the file the profile was made for, as written there (used to offer it again)
 * @param fields     canonical field (e.g. {@code account_id}) to source column name, matched tolerantly
 * @param constants  canonical field to a value used for every record (e.g. an account for a one-customer export)
 * @param timestamps how the timestamp column (and an accounts file's created_at) is written
 */
public record MappingProfile(String name, DataKind kind, List<String> header, Map<String, String> fields,
                             Map<String, String> constants, TimestampFormat timestamps) {

    public MappingProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timestamps, "timestamps");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a mapping profile needs a name");
        }
        name = name.strip();
        header = header == null ? List.of() : List.copyOf(header);
        fields = copyWithoutBlanks(fields);
        constants = copyWithoutBlanks(constants);
        List<String> known = canonicalFields(kind);
        for (String field : concat(fields.keySet(), constants.keySet())) {
            if (!known.contains(field)) {
                throw new IllegalArgumentException("profile '" + name + "': unknown field '" + field + "' for "
                        + kind.dbValue() + " (known: " + String.join(", ", known) + ")");
            }
        }
        for (String field : requiredFields(kind)) {
            if (!fields.containsKey(field) && !constants.containsKey(field)) {
                throw new IllegalArgumentException("profile '" + name + "': no column or value for required field '"
                        + field + "'");
            }
        }
    }

    /** A profile for interactions. */
    public static MappingProfile interactions(String name, List<String> header, Map<String, String> fields,
                                              Map<String, String> constants, TimestampFormat timestamps) {
        return new MappingProfile(name, DataKind.INTERACTIONS, header, fields, constants, timestamps);
    }

    /** Reads a profile file. */
    public static MappingProfile load(Path file) throws IOException {
        return ProfileJson.read(file);
    }

    /** The canonical fields a profile of this kind can fill, in order. */
    public static List<String> canonicalFields(DataKind kind) {
        return switch (kind) {
            case INTERACTIONS -> NativeFormats.INTERACTIONS.fields();
            case ACCOUNTS -> NativeFormats.ACCOUNTS.fields();
            case LABELS -> NativeFormats.LABELS.fields();
        };
    }

    /**
     * Fields a profile of this kind must fill. An interactions profile may leave request_id unmapped: the id is then
     * derived from the record's content.
     */
    public static Set<String> requiredFields(DataKind kind) {
        return switch (kind) {
            case INTERACTIONS -> Set.of("timestamp", "account_id");
            case ACCOUNTS -> Set.of("account_id");
            case LABELS -> Set.of("account_id", "campaign");
        };
    }

    /** Mapped source columns that the given file columns lack (tolerant matching); empty when the profile fits. */
    public List<String> missingColumns(List<String> columns) {
        Set<String> have = columns.stream().map(FieldNames::normalize).collect(Collectors.toSet());
        return fields.values().stream().distinct().filter(c -> !have.contains(FieldNames.normalize(c))).toList();
    }

    /** True when the file's columns are the ones this profile was made for (same names, in any order). */
    public boolean matchesHeader(List<String> columns) {
        return !header.isEmpty() && normalizedSet(header).equals(normalizedSet(columns));
    }

    public MappingProfile withName(String newName) {
        return new MappingProfile(newName, kind, header, fields, constants, timestamps);
    }

    public MappingProfile withTimestamps(TimestampFormat format) {
        return new MappingProfile(name, kind, header, fields, constants, format);
    }

    private static Set<String> normalizedSet(List<String> columns) {
        return columns.stream().map(FieldNames::normalize).collect(Collectors.toSet());
    }

    private static Map<String, String> copyWithoutBlanks(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    out.put(k.strip(), v);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
