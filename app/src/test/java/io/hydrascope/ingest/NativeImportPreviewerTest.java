package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.DataKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeImportPreviewerTest {
    @TempDir
    Path dir;
    NativeImportPreviewer previewer = new NativeImportPreviewer();

    @Test
    void mapsTolerantColumnNamesOntoFieldsAndNamesTheColumnsItIgnores() throws Exception {
        Path file = Fixtures.write(dir, "x.csv", "RequestId,Timestamp,Account-ID,Model,colour\n"
                + "r1,2026-02-01T00:00:00Z,a1,atlas-3,red\n");
        FilePreview p = previewer.preview(file, 5);
        assertEquals(DataKind.INTERACTIONS, p.kind());
        FilePreview.FieldMapping request = p.mappings().get(0);
        assertEquals("request_id", request.field());
        assertEquals("RequestId", request.sourceColumn());
        assertTrue(request.required());
        assertNull(p.mappings().stream().filter(m -> m.field().equals("ip")).findFirst().orElseThrow()
                .sourceColumn());
        assertEquals(List.of("colour"), p.ignoredColumns());
        assertEquals("atlas-3", p.rows().get(0).values().get(5));
    }

    @Test
    void readsOnlyTheAskedRowsOfAGzippedJsonLinesFileAndFlagsTheBadOnes() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("{\"request_id\":\"r").append(i).append("\",\"timestamp\":\"")
                    .append(i == 1 ? "soon" : "2026-02-01T00:00:00Z").append("\",\"account_id\":\"a\"}\n");
        }
        FilePreview p = previewer.preview(Fixtures.gzip(dir, "x.jsonl.gz", sb.toString()), 3);
        assertEquals("native interactions (jsonl.gz)", p.formatLabel());
        assertEquals(3, p.rows().size());
        assertTrue(p.rows().get(0).accepted());
        assertEquals("unparseable timestamp", p.rows().get(1).rejectedReason());
    }

    @Test
    void anUnrecognisedFileFailsWithWhatWasExpected() throws Exception {
        Path file = Fixtures.write(dir, "x.csv", "a,b\n1,2\n");
        ImportException e = assertThrows(ImportException.class, () -> previewer.preview(file, 5));
        assertTrue(e.getMessage().contains("unrecognised columns [a, b]"), e.getMessage());
    }
}
