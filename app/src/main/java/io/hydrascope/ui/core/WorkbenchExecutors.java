package io.hydrascope.ui.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window's threads, created once: a pool of reader threads for queries and a single database-writer thread.
 * All are named daemon threads, so a hung query never keeps the process alive after the window closed.
 */
public final class WorkbenchExecutors implements AutoCloseable {
    private final ExecutorService readers;
    private final ExecutorService writer;

    public WorkbenchExecutors(int readerThreads) {
        this.readers = Executors.newFixedThreadPool(readerThreads, named("hydrascope-reader"));
        this.writer = Executors.newSingleThreadExecutor(named("hydrascope-db-writer"));
    }

    public ExecutorService readers() {
        return readers;
    }

    public ExecutorService writer() {
        return writer;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops taking work and gives the writer a moment to finish what it committed to. */
    @Override
    public void close() {
        readers.shutdownNow();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
