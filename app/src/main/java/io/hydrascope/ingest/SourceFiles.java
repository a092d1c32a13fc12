package io.hydrascope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;

/** Opens a source file, recognises CSV or JSON Lines by its first character, and binds it to its format. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** An open source; {@code digest} (may be null) sees every byte of the file once it is read to its end. */
    record Source(RecordReader reader, SourceFormat format, String container, CountingInputStream raw,
                  MessageDigest digest) {
        /** Reads what the parser left unread, so that the digest covers the whole file; returns it as hex. */
        String finishDigest() throws IOException {
            if (digest == null) {
                return null;
            }
            byte[] buffer = new byte[1 << 16];
            while (raw.read(buffer) >= 0) {
                // drain
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        void close() throws IOException {
            try {
                reader.close();
            } finally {
                raw.closeFile();
            }
        }
    }

    static Source open(Path file, MessageDigest digest) throws IOException {
        SourceText.Opened opened = SourceText.open(file, digest);
        BufferedReader text = opened.reader();
        try {
            int first = SourceText.peekFirstSignificant(text);
            if (first < 0) {
                throw new ImportException(file, 0, "the file is empty; " + FormatDetector.expectation());
            }
            if (first == '{') {
                JsonLinesRecordReader reader = new JsonLinesRecordReader(text, opened.counter());
                SourceFormat format = detectOrFail(file, reader);
                reader.bind(format);
                return new Source(reader, format, "jsonl", opened.counter(), digest);
            }
            if (first == '[') {
                throw new ImportException(file, 1, "a JSON array is not a supported format here; "
                        + FormatDetector.expectation() + " as CSV or JSON Lines");
            }
            CsvRecordReader reader = new CsvRecordReader(text, opened.counter());
            SourceFormat format = detectOrFail(file, reader);
            reader.bind(format);
            return new Source(reader, format, "csv", opened.counter(), digest);
        } catch (IOException | RuntimeException e) {
            opened.counter().closeFile();
            if (e instanceof ImportException) {
                throw e;
            }
            throw new ImportException(file, "cannot read the header: " + e, e);
        }
    }

    private static SourceFormat detectOrFail(Path file, RecordReader reader) {
        return FormatDetector.detect(reader.columns()).orElseThrow(() -> new ImportException(file, 1,
                "unrecognised columns " + reader.columns() + "; " + FormatDetector.expectation()));
    }
}
