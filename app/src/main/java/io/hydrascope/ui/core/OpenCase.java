package io.hydrascope.ui.core;

import io.hydrascope.store.CaseStore;
import io.hydrascope.store.ReadSession;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case open in the window. Thread rule: {@link #writer()} is used on the database-writer lane only; every other
 * background thread reads through {@link #reader()}, its own read-only connection, kept open while the case is.
 */
public final class OpenCase {
    private final CaseStore store;
    private final Map<Thread, ReadSession> readers = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public OpenCase(CaseStore store) {
        this.store = store;
    }

    public Path path() {
        return store.path();
    }

    /** The file name without its extension, for titles. */
    public String name() {
        String name = store.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The writer. Database-writer lane only. */
    public CaseStore writer() {
        return store;
    }

    /** The calling thread's read-only session, opened on first use. */
    public ReadSession reader() {
        if (closed) {
            throw new IllegalStateException(path() + " is closed");
        }
        return readers.computeIfAbsent(Thread.currentThread(), t -> store.newReader());
    }

    /** Closes the readers and the writer. Call on the database-writer lane. */
    public void close() {
        closed = true;
        readers.values().forEach(ReadSession::close);
        readers.clear();
        store.close();
    }

    public boolean isClosed() {
        return closed;
    }
}
