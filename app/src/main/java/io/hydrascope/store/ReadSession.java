package io.hydrascope.store;

import java.nio.file.Path;
import java.sql.Connection;

/** A read-only connection owned by one reader thread; repositories for queries hang off it. Close it when done. */
public final class ReadSession implements AutoCloseable {
    private final Connection connection;
    private final Path path;

    ReadSession(Connection connection, Path path) {
        this.connection = connection;
        this.path = path;
    }

    Connection connection() {
        return connection;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        CaseStore.closeQuietly(connection);
    }
}
