package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.DataKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPreviewServiceTest {
    private final ImportPreviewService service = new ImportPreviewService(BuiltInFormats.all());

    @TempDir
    Path dir;

    @Test
    void unrecognisedFileShowsItsColumnsWithDistinctSampleValuesAndNoRows() throws Exception {
        ImportPreview p = service.preview(MappingProfileTest.fixture("gateway_export.csv"), 10);
        assertEquals(ImportPreview.UNRECOGNISED, p.format());
        assertFalse(p.recognised());
        assertEquals("csv", p.container());
        assertEquals(List.of("When", "Customer", "Source IP", "Engine", "Question", "Tokens In"), p.columnNames());
        assertEquals(new ImportPreview.ColumnSample("Customer", List.of("cust-1", "cust-2")), p.columns().get(1));
        assertEquals(List.of(), p.rows());
        assertNull(p.kind());
    }

    @Test
    void profileBeingEditedShowsRowsAsTheyWouldBeImportedOrQuarantined() throws Exception {
        MappingProfile profile = MappingProfile.interactions("draft", List.of(),
                Map.of("timestamp", "When", "account_id", "Customer", "prompt", "Question"), Map.of(),
                TimestampFormat.pattern("dd/MM/yyyy HH:mm:ss", ZoneId.of("UTC")));
        ImportPreview p = service.preview(MappingProfileTest.fixture("gateway_export.csv"),
                ImportOptions.DEFAULT.withProfile(profile), 10);
        assertEquals("mapping profile 'draft'", p.format());
        assertTrue(p.recognised());
        assertEquals(DataKind.INTERACTIONS, p.kind());
        assertEquals(4, p.rows().size());
        ImportPreview.Row first = p.rows().get(0);
        assertEquals(2, first.line());
        assertEquals(ImportPreview.Outcome.IMPORTED, first.outcome());
        assertEquals("2026-02-03T15:00:00Z", first.values().get("timestamp"));
        assertEquals("cust-1", first.values().get("account_id"));
        assertEquals("What is 2+2?", first.values().get("prompt"));
        assertNull(first.values().get("ip"));
        assertTrue(p.unavailable().contains("ip"));
        ImportPreview.Row bad = p.rows().get(3);
        assertEquals(ImportPreview.Outcome.QUARANTINED, bad.outcome());
        assertEquals("unparseable timestamp", bad.reason());
        assertTrue(bad.detail().contains("'2026/02/03 15:01'"), bad.detail());
    }

    @Test
    void profileThatDoesNotFitExplainsWhyAndStillShowsTheColumns() throws Exception {
        MappingProfile profile = MappingProfile.interactions("other", List.of(),
                Map.of("timestamp", "Time", "account_id", "Customer"), Map.of(), TimestampFormat.AUTO);
        ImportPreview p = service.preview(MappingProfileTest.fixture("gateway_export.csv"),
                ImportOptions.DEFAULT.withProfile(profile), 10);
        assertFalse(p.recognised());
        assertEquals("mapping profile 'other' does not fit: no column Time", p.problem());
        assertEquals(6, p.columns().size());
        assertEquals(List.of(), p.rows());
    }

    @Test
    void recognisedFormatShowsMappedRowsAndSkippedRecordsWithTheirReason() throws Exception {
        ImportPreview p = service.preview(MappingProfileTest.fixture("langfuse_observations.csv"), 3);
        assertEquals("Langfuse observations", p.format());
        assertEquals(3, p.rows().size());
        assertEquals("u-cara", p.rows().get(0).values().get("account_id"));
        assertEquals(ImportPreview.Outcome.SKIPPED, p.rows().get(1).outcome());
        assertEquals("a Langfuse SPAN observation is not a model call", p.rows().get(1).reason());
        assertEquals(Set.of("ip", "user_agent", "turn"), p.unavailable());
    }

    @Test
    void nestedFormatsShowTheFieldsOfTheirRecordsAsColumns() throws Exception {
        ImportPreview p = service.preview(MappingProfileTest.fixture("otlp_genai_traces.json"), 2);
        assertTrue(p.columnNames().containsAll(List.of("trace_id", "span_id", "gen_ai.request.model", "user.id")),
                p.columnNames().toString());
        assertTrue(p.rows().get(0).location().startsWith("span 1 of the file"), p.rows().get(0).location());
    }

    @Test
    void jsonLinesColumnsAreTheKeysOfAllRecordsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("x.jsonl"), "{\"a\": 1}\n{\"b\": \"two\", \"a\": 3}\n");
        ImportPreview p = service.preview(file, 10);
        assertEquals(List.of("a", "b"), p.columnNames());
        assertEquals(List.of("1", "3"), p.columns().get(0).samples());
    }

    @Test
    void fileThatCannotBeReadAtAllIsAnImportException() {
        assertThrows(ImportException.class, () -> service.preview(dir.resolve("missing.csv"), 5));
    }
}
