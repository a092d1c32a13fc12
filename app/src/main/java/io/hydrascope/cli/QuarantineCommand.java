package io.hydrascope.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.report.SpreadsheetCells;
import io.hydrascope.store.CaseStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope quarantine}: the rows that could not be imported, with file, line and reason. */
@Command(name = "quarantine", description = "List quarantined rows with file, line, reason and the raw row.")
final class QuarantineCommand implements Callable<Integer> {
    enum Format { text, csv }

    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", defaultValue = "text", description = "text or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--import", paramLabel = "ID", description = "Only rows of this import (see 'info').")
    Long importId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = CaseStore.openReadOnly(caseOption.file)) {
            if (format == Format.csv) {
                writeCsv(store, out);
            } else {
                store.quarantine().forEach(importId, q -> out.printf("%s:%d: %s: %s%n",
                        TerminalText.safe(q.fileName()), q.line(), TerminalText.safe(q.reason()),
                        q.detail() == null ? "" : TerminalText.safe(q.detail())));
            }
        }
        out.flush();
        return 0;
    }

    private void writeCsv(CaseStore store, PrintWriter out) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumn("file").addColumn("line").addColumn("reason")
                .addColumn("detail").addColumn("raw").setUseHeader(true).build();
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (var writer = mapper.writer(schema).writeValues(out)) {
            store.quarantine().forEach(importId, q -> {
                try {
                    writer.write(new String[] {SpreadsheetCells.safe(q.fileName()), Long.toString(q.line()),
                        SpreadsheetCells.safe(q.reason()), SpreadsheetCells.safe(q.detail()),
                        SpreadsheetCells.safe(q.raw())});
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
