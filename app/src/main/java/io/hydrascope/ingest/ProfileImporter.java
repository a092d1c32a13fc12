package io.hydrascope.ingest;

import io.hydrascope.model.DataKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads any CSV, JSON Lines or JSON file through a {@link MappingProfile}. When an interactions profile maps no
 * request id, the id is derived from a hash of all the record's values, so importing the same rows again (in this or
 * another file) finds them as duplicates; two records identical in every column count as one.
 */
final class ProfileImporter implements FormatImporter {
    private final MappingProfile profile;
    private final SourceFormat format;

    ProfileImporter(MappingProfile profile) {
        this.profile = profile;
        List<String> fields = MappingProfile.canonicalFields(profile.kind());
        this.format = new SourceFormat("mapping profile '" + profile.name() + "'", profile.kind(), fields,
                MappingProfile.requiredFields(profile.kind()), profile.timestamps());
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public Set<String> unavailable() {
        Set<String> out = new LinkedHashSet<>();
        for (String field : format.fields()) {
            if (!profile.fields().containsKey(field) && !profile.constants().containsKey(field)
                    && !derivesRequestId(field)) {
                out.add(field);
            }
        }
        return out;
    }

    private boolean derivesRequestId(String field) {
        return profile.kind() == DataKind.INTERACTIONS && field.equals("request_id");
    }

    @Override
    public boolean recognises(SourceShape shape) {
        return profile.missingColumns(shape.columns()).isEmpty();
    }

    @Override
    public RowMapper mapper(Path file, ImportOptions options) {
        List<String> fields = format.fields();
        String[] columns = new String[fields.size()];
        String[] constants = new String[fields.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = profile.fields().get(fields.get(i));
            constants[i] = profile.constants().get(fields.get(i));
        }
        boolean deriveId = profile.kind() == DataKind.INTERACTIONS && columns[InteractionFields.REQUEST_ID] == null
                && constants[InteractionFields.REQUEST_ID] == null;
        MessageDigest sha = deriveId ? sha256() : null;
        return (record, slots, notes) -> {
            for (int i = 0; i < slots.length; i++) {
                String v = columns[i] == null ? null : record.text(columns[i]);
                slots[i] = v != null ? v : constants[i];
            }
            if (deriveId) {
                slots[InteractionFields.REQUEST_ID] = contentId(sha, record);
                notes.add("no request id column: id derived from the record's values");
            }
            return null;
        };
    }

    private static String contentId(MessageDigest sha, SourceRecord record) {
        sha.reset();
        for (String name : record.names()) {
            String v = record.text(name);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
            if (v != null) {
                sha.update(v.getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0x1e);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
