package io.hydrascope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;

/**
 * Opens a source file as text: gzip recognised by its magic bytes, a UTF-8 byte-order mark dropped, and invalid
 * UTF-8 replaced by U+FFFD (rows holding it are flagged, never silently altered).
 */
final class SourceText {
    private static final int BUFFER = 1 << 16;

    private SourceText() {
    }

    record Opened(BufferedReader reader, CountingInputStream counter) {
    }

    /** Opens the file; when {@code digest} is given, every byte of the file passes through it. */
    static Opened open(Path file, MessageDigest digest) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (digest != null) {
            raw = new DigestInputStream(raw, digest);
        }
        CountingInputStream counter = new CountingInputStream(raw);
        InputStream in = new BufferedInputStream(counter, BUFFER);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
            }
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
                in.reset();
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new Opened(new BufferedReader(new InputStreamReader(in, decoder), BUFFER), counter);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The first character that is not white space, without consuming it; -1 for an empty file. */
    static int peekFirstSignificant(BufferedReader reader) throws IOException {
        reader.mark(BUFFER);
        try {
            int c;
            do {
                c = reader.read();
            } while (c >= 0 && Character.isWhitespace(c));
            return c;
        } finally {
            reader.reset();
        }
    }
}
