package io.hydrascope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Indicators as CSV, one per row: type, value, cluster, first and last seen (UTC, ISO-8601), confidence (0..100),
 * then accounts, interactions and the basis of the confidence. Every text cell is neutralised against spreadsheet
 * formula injection.
 */
public final class IndicatorCsvWriter implements ReportWriter {
    public static final List<String> COLUMNS = List.of("type", "value", "cluster", "first_seen", "last_seen",
            "confidence", "accounts", "interactions", "basis");

    @Override
    public void write(ReportModel model, OutputStream out, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(text)) {
            int n = 0;
            for (Indicator i : model.indicators()) {
                rows.write(new String[] {i.type().label(), cell(i.value()), Long.toString(i.clusterId()),
                    time(i.firstSeen()), time(i.lastSeen()), Integer.toString(i.confidence()),
                    Integer.toString(i.accounts()), Long.toString(i.interactions()), cell(i.basis())});
                if (++n % 1000 == 0) {
                    cancel.throwIfCancelled();
                    progress.progress(n, model.indicators().size(), "writing indicators");
                }
            }
        }
        text.flush();
    }

    private static String cell(String value) {
        return SpreadsheetCells.safe(value == null ? "" : value);
    }

    private static String time(Instant t) {
        return t == null ? "" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
