package io.hydrascope.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects of a JSON array or document as flat records. Line = the line where the object starts; since several
 * objects may share a line (an array written on one line), the location also names the object's index and column.
 */
final class JsonStreamRecordSource implements RecordSource {
    private final JsonElementStream elements;
    private final CountingInputStream counter;
    private final List<String> columns = new ArrayList<>();
    private JsonRecord record;
    private boolean peeked;
    private boolean peekedResult;

    JsonStreamRecordSource(JsonElementStream elements, CountingInputStream counter) throws IOException {
        this.elements = elements;
        this.counter = counter;
        peekedResult = advance();
        peeked = true;
        if (record != null) {
            columns.addAll(record.names());
        }
    }

    @Override
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public boolean next() throws IOException {
        if (peeked) {
            peeked = false;
            return peekedResult;
        }
        return advance();
    }

    private boolean advance() throws IOException {
        record = null;
        if (!elements.next()) {
            return false;
        }
        if (elements.node() != null) {
            record = new JsonRecord(elements.node());
        }
        return true;
    }

    @Override
    public SourceRecord record() {
        return record;
    }

    @Override
    public long line() {
        return elements.line();
    }

    @Override
    public String location() {
        return "object " + elements.index() + " of the file, starting at line " + elements.line() + " column "
                + elements.column();
    }

    @Override
    public ReadStop stop() {
        String reason = elements.stopReason();
        return reason == null ? null : new ReadStop(elements.line(), reason, counter.count());
    }

    @Override
    public String problem() {
        return elements.problem();
    }

    @Override
    public String problemDetail() {
        return elements.problemDetail();
    }

    @Override
    public String raw() {
        return elements.raw();
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        elements.close();
    }
}
