package io.hydrascope.analysis;

import io.hydrascope.analysis.topics.Classification;
import io.hydrascope.analysis.topics.TopicClassifier;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.store.CaseStore;
import io.hydrascope.store.InteractionScan;
import io.hydrascope.store.ReadSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads the case's interactions on a helper thread, classifying each prompt there, and hands batches to the
 * caller's thread, so reading plus classification and the rest of the analysis use both cores.
 */
final class ScanPipeline {
    private static final int BATCH = 2048;
    private static final List<ScannedRow> END = List.of();

    private final CaseStore store;
    private final TopicClassifier classifier;
    private final CancellationToken cancel;
    private final BlockingQueue<List<ScannedRow>> queue = new ArrayBlockingQueue<>(8);
    private volatile RuntimeException failure;
    private volatile boolean stopped;

    ScanPipeline(CaseStore store, TopicClassifier classifier, CancellationToken cancel) {
        this.store = store;
        this.classifier = classifier;
        this.cancel = cancel;
    }

    void run(Consumer<List<ScannedRow>> consumer) {
        Thread reader = new Thread(this::read, "hydrascope-analysis-scan");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<ScannedRow> batch = queue.poll(100, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (failure != null) {
                        throw failure;
                    }
                    cancel.throwIfCancelled();
                    continue;
                }
                if (batch == END) {
                    if (failure != null) {
                        throw failure;
                    }
                    return;
                }
                consumer.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } finally {
            stopped = true;
            queue.clear();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read() {
        try (ReadSession session = store.newReader()) {
            List<ScannedRow>[] batch = new List[] {new ArrayList<>(BATCH)};
            InteractionScan.scan(session, cancel, r -> {
                if (stopped) {
                    throw new StopScan();
                }
                Classification c = classifier.classify(r.prompt == null ? "" : r.prompt);
                batch[0].add(new ScannedRow(r.id, r.accountRef, r.ts, r.ip, r.userAgent, r.model, r.conversationId,
                        r.turn, r.prompt, c.topic(), (float) c.confidence(), c.chainOfThought()));
                if (batch[0].size() == BATCH) {
                    put(batch[0]);
                    batch[0] = new ArrayList<>(BATCH);
                }
            });
            if (!batch[0].isEmpty()) {
                put(batch[0]);
            }
        } catch (StopScan e) {
            return;
        } catch (RuntimeException e) {
            failure = e;
        }
        put(END);
    }

    private void put(List<ScannedRow> batch) {
        try {
            while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the collector is busy
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the scan when the collector has stopped listening. */
    private static final class StopScan extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopScan() {
            super(null, null, false, false);
        }
    }
}
