package io.hydrascope.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.report.SpreadsheetCells;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes CSV rows with a header through Jackson; text cells are neutralised against formula injection. */
final class CsvOut implements AutoCloseable {
    private final SequenceWriter writer;

    CsvOut(PrintWriter out, List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try {
            writer = mapper.writer(schema.build()).writeValues(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; values are converted with {@code String.valueOf}, nulls become empty cells. */
    void row(Object... values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            cells[i] = v == null ? "" : v instanceof String s ? SpreadsheetCells.safe(s) : String.valueOf(v);
        }
        try {
            writer.write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
