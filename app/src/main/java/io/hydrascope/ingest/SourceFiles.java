package io.hydrascope.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Opens a source file: learns its shape, picks the format (a mapping profile when one is given, else the first
 * importer that recognises the shape) and binds the file's records to that format's canonical fields.
 */
final class SourceFiles {
    private SourceFiles() {
    }

    /**
     * An open source; {@code digest} (may be null) sees every byte of the file once it is read to its end;
     * {@code charset} is the encoding the text was read in.
     */
    record Source(RecordReader reader, SourceFormat format, SourceShape shape, CountingInputStream raw,
                  MessageDigest digest, Charset charset) {
        String container() {
            return shape.container().label();
        }

        /** What the import should say about the file's encoding: nothing for UTF-8. */
        List<String> encodingNotes() {
            return charset.equals(StandardCharsets.UTF_8) ? List.of()
                    : List.of("read as " + charset.name() + " (not UTF-8)");
        }

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

    /** Fails with a one-line reason when the path is not a readable file. */
    static void checkReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, 0, Files.exists(file) ? "not a regular file" : "file not found");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, 0, "file is not readable");
        }
    }

    static Source open(Path file, MessageDigest digest, List<FormatImporter> importers, ImportOptions options)
            throws IOException {
        SourceShape shape = SourceProbe.probe(file, options.maxRecordBytes());
        FormatImporter importer = choose(file, shape, importers, options);
        return open(file, digest, shape, importer, options);
    }

    static Source open(Path file, MessageDigest digest, SourceShape shape, FormatImporter importer,
                       ImportOptions options) throws IOException {
        SourceText.Opened opened = SourceText.open(file, digest);
        try {
            SourceInput input = new SourceInput(file, opened.reader(), opened.counter(), shape,
                    options.maxRecordBytes());
            RecordSource records = importer.open(input);
            RecordReader reader = new MappedRecordReader(records, importer.mapper(file, options), importer.format(),
                    importer.unavailable());
            return new Source(reader, importer.format(), shape, opened.counter(), digest, opened.charset());
        } catch (IOException | RuntimeException e) {
            opened.counter().closeFile();
            if (e instanceof ImportException) {
                throw e;
            }
            throw new ImportException(file, "cannot read the start of the file: " + e.getMessage(), e);
        }
    }

    /** The profile's importer when one is given (it must fit), else the first importer that recognises the shape. */
    static FormatImporter choose(Path file, SourceShape shape, List<FormatImporter> importers,
                                 ImportOptions options) {
        if (options.profile() != null) {
            ProfileImporter importer = new ProfileImporter(options.profile());
            List<String> missing = options.profile().missingColumns(shape.columns());
            if (!missing.isEmpty()) {
                throw new ImportException(file, 1, "mapping profile '" + options.profile().name()
                        + "' does not fit: no column " + String.join(", ", missing) + " in " + shape.columns());
            }
            return importer;
        }
        return recognise(shape, importers).orElseThrow(() -> new ImportException(file, 1,
                "unrecognised columns " + shape.columns() + " (" + shape.container().label() + "); "
                        + FormatDetector.expectation()));
    }

    static Optional<FormatImporter> recognise(SourceShape shape, List<FormatImporter> importers) {
        return importers.stream().filter(i -> i.recognises(shape)).findFirst();
    }
}
