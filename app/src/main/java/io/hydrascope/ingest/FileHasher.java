package io.hydrascope.ingest;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes, which identifies an import: the same content is never imported twice. */
final class FileHasher {
    private FileHasher() {
    }

    /** SHA-256 of the first MiB: recognises an interrupted import of the same file without reading all of it. */
    static String headSha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readNBytes(1 << 20));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String sha256(Path file, ProgressListener progress, CancellationToken cancel) throws IOException {
        MessageDigest digest = newDigest();
        long size = Files.size(file);
        byte[] buffer = new byte[1 << 20];
        long done = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                done += n;
                if ((done & ((1 << 26) - 1)) < n) {
                    cancel.throwIfCancelled();
                    progress.progress(done, size, "hashing " + file.getFileName());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
