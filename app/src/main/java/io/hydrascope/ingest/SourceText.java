package io.hydrascope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;

/**
 * Opens a source file as text: gzip recognised by its magic bytes, the encoding taken from a byte-order mark (UTF-8,
 * UTF-16 or UTF-32, the mark dropped) or, without one, UTF-16 recognised by the zero bytes of its ASCII characters,
 * else UTF-8. Invalid input is replaced by U+FFFD (rows holding it are flagged, never silently altered).
 */
final class SourceText {
    private static final int BUFFER = 1 << 16;
    /** Bytes looked at to recognise UTF-16 without a byte-order mark. */
    private static final int SNIFF = 4096;

    private SourceText() {
    }

    /** @param charset the encoding the text was decoded from */
    record Opened(BufferedReader reader, CountingInputStream counter, Charset charset) {
    }

    /** An encoding and the length of the byte-order mark that announced it (0 when none did). */
    record Encoding(Charset charset, int bomLength) {
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
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            Encoding encoding = detect(head);
            in.skipNBytes(encoding.bomLength());
            var decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new Opened(new BufferedReader(new InputStreamReader(in, decoder), BUFFER), counter,
                    encoding.charset());
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The encoding of text that starts with these bytes. */
    static Encoding detect(byte[] head) {
        if (startsWith(head, 0xef, 0xbb, 0xbf)) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0x00, 0x00, 0xfe, 0xff)) {
            return new Encoding(Charset.forName("UTF-32BE"), 4);
        }
        if (startsWith(head, 0xff, 0xfe, 0x00, 0x00)) {
            return new Encoding(Charset.forName("UTF-32LE"), 4);
        }
        if (startsWith(head, 0xfe, 0xff)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(head, 0xff, 0xfe)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        int pairs = head.length / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        // UTF-8 text has no zero bytes; UTF-16 has one in every ASCII character, always on the same side
        if (pairs > 0 && oddZeros * 4 >= pairs && evenZeros * 100 <= pairs) {
            return new Encoding(StandardCharsets.UTF_16LE, 0);
        }
        if (pairs > 0 && evenZeros * 4 >= pairs && oddZeros * 100 <= pairs) {
            return new Encoding(StandardCharsets.UTF_16BE, 0);
        }
        return new Encoding(StandardCharsets.UTF_8, 0);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
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
