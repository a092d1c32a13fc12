package io.hydrascope.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A {@link RecordSource} seen through a format's {@link RowMapper}: the one {@link RecordReader} every format is read
 * with. It also keeps what the import reports besides counts: the fields the format cannot fill, the fields that
 * stayed empty in every record, why records were skipped, and the mapper's notes.
 */
final class MappedRecordReader implements RecordReader {
    private final RecordSource source;
    private final RowMapper mapper;
    private final SourceFormat format;
    private final Set<String> unavailable;
    private final String[] slots;
    private final boolean[] everFilled;
    private final ImportNotes notes = new ImportNotes();
    private final ImportNotes skips = new ImportNotes();
    private long mapped;
    private String skipReason;
    private String problem;
    private String problemDetail;

    MappedRecordReader(RecordSource source, RowMapper mapper, SourceFormat format, Set<String> unavailable) {
        this.source = source;
        this.mapper = mapper;
        this.format = format;
        this.unavailable = unavailable;
        this.slots = new String[format.fields().size()];
        this.everFilled = new boolean[slots.length];
    }

    @Override
    public List<String> columns() {
        return source.columns();
    }

    @Override
    public boolean next() throws IOException {
        Arrays.fill(slots, null);
        skipReason = null;
        problem = null;
        problemDetail = null;
        if (!source.next()) {
            return false;
        }
        SourceRecord record = source.record();
        if (source.problem() != null || record == null) {
            problem = source.problem();
            problemDetail = source.problemDetail();
            return true;
        }
        try {
            skipReason = mapper.fill(record, slots, notes);
        } catch (RuntimeException e) {
            // a value the mapper cannot convert spoils this record, never the file
            Arrays.fill(slots, null);
            problem = "unreadable value";
            problemDetail = e.getClass().getSimpleName() + ": " + e.getMessage();
            return true;
        }
        if (skipReason != null) {
            skips.add("skipped, " + skipReason);
            Arrays.fill(slots, null);
            return true;
        }
        mapped++;
        for (int i = 0; i < slots.length; i++) {
            String v = slots[i];
            if (v != null && v.isEmpty()) {
                slots[i] = null;
            } else if (v != null) {
                everFilled[i] = true;
            }
        }
        return true;
    }

    @Override
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        if (!unavailable.isEmpty()) {
            out.add("not available in this format: " + String.join(", ", ordered(unavailable)));
        }
        if (mapped > 0) {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                String field = format.fields().get(i);
                if (!everFilled[i] && !unavailable.contains(field)) {
                    empty.add(field);
                }
            }
            if (!empty.isEmpty()) {
                out.add("empty in every record: " + String.join(", ", empty));
            }
        }
        out.addAll(skips.summary());
        out.addAll(notes.summary());
        out.addAll(source.notes());
        return out;
    }

    private List<String> ordered(Set<String> fields) {
        return format.fields().stream().filter(fields::contains).toList();
    }

    @Override
    public long line() {
        return source.line();
    }

    @Override
    public String location() {
        return source.location();
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public String problemDetail() {
        return problemDetail;
    }

    @Override
    public ReadStop stop() {
        return source.stop();
    }

    @Override
    public String skipReason() {
        return skipReason;
    }

    @Override
    public String[] slots() {
        return slots;
    }

    @Override
    public String raw() {
        return source.raw();
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
