package io.hydrascope.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small source files written byte for byte, so tests control line endings, quoting and encoding exactly. */
final class Fixtures {
    static final String HEADER = "request_id,timestamp,account_id,ip,user_agent,model,conversation_id,turn,"
            + "input_tokens,output_tokens,tool_calls,status,prompt";

    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path writeBytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    static Path gzip(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A native CSV of {@code rows} valid rows with ids {@code prefix0..}, one per second from 2026-02-01. */
    static Path rows(Path dir, String name, String prefix, int rows) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            sb.append(prefix).append(i).append(',').append(1_769_904_000L + i).append(",acct-").append(i % 17)
                    .append(",10.0.").append(i % 7).append(".1,sdk/1,atlas-3,c").append(i).append(",1,10,20,0,ok,")
                    .append("prompt number ").append(i).append('\n');
        }
        return write(dir, name, sb.toString());
    }
}
