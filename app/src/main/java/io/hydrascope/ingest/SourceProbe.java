package io.hydrascope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at the start of a file to learn its {@link SourceShape}, streaming: only the keys of the first record are
 * kept, its values are skipped. The first character decides the container: {@code [} a JSON array, <code>{</code>
 * JSON (JSON Lines when the first object ends on the line it starts on, else a JSON document), anything else CSV.
 */
final class SourceProbe {
    private SourceProbe() {
    }

    static SourceShape probe(Path file) throws IOException {
        return probe(file, ImportOptions.DEFAULT_MAX_RECORD_BYTES);
    }

    /** @param maxRecordBytes the largest CSV header row read */
    static SourceShape probe(Path file, long maxRecordBytes) throws IOException {
        SourceText.Opened opened = SourceText.open(file, null);
        try (BufferedReader text = opened.reader()) {
            int first = SourceText.peekFirstSignificant(text);
            if (first < 0) {
                throw new ImportException(file, 0, "the file is empty; " + FormatDetector.expectation());
            }
            if (first == '[' || first == '{') {
                return probeJson(file, text, first == '[');
            }
            try (CsvRecordSource csv = new CsvRecordSource(text, opened.counter(), maxRecordBytes)) {
                return new SourceShape(SourceShape.Container.CSV, csv.columns());
            }
        } finally {
            opened.counter().closeFile();
        }
    }

    private static SourceShape probeJson(Path file, BufferedReader text, boolean array) throws IOException {
        try (JsonParser parser = JsonValues.MAPPER.createParser(text)) {
            if (array) {
                parser.nextToken();
                JsonToken first = parser.nextToken();
                List<String> keys = first == JsonToken.START_OBJECT ? keysOfObject(parser) : List.of();
                return new SourceShape(SourceShape.Container.JSON_ARRAY, keys);
            }
            parser.nextToken();
            int startLine = parser.currentTokenLocation().getLineNr();
            List<String> keys = keysOfObject(parser);
            boolean oneLine = parser.currentTokenLocation().getLineNr() == startLine;
            return new SourceShape(oneLine ? SourceShape.Container.JSON_LINES : SourceShape.Container.JSON_DOCUMENT,
                    keys);
        } catch (JsonProcessingException e) {
            throw new ImportException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** With the parser on START_OBJECT: the object's keys, leaving the parser on its END_OBJECT. */
    private static List<String> keysOfObject(JsonParser parser) throws IOException {
        List<String> keys = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            keys.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("unexpected end of JSON");
        }
        return keys;
    }
}
