package io.hydrascope.scenario;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.Interaction;
import io.hydrascope.scenario.sim.Simulation;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a simulation's slices on a worker thread while the caller writes the previous ones, so generating and
 * writing use both cores. The queue holds at most {@value #DEPTH} slices, which keeps memory flat. Slices arrive in
 * order, so the output is the same as running everything on one thread.
 */
final class SliceProducer implements AutoCloseable {
    private static final int DEPTH = 3;

    /** One slice's rows, or the end of the run (rows null), or the failure that ended it. */
    record Batch(int slice, List<Interaction> rows, RuntimeException failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private volatile boolean stopped;

    SliceProducer(Simulation simulation, CancellationToken cancel) {
        thread = new Thread(() -> run(simulation, cancel), "hydrascope-scenario");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Simulation simulation, CancellationToken cancel) {
        try {
            for (int slice = 0; slice < simulation.sliceCount() && !stopped; slice++) {
                cancel.throwIfCancelled();
                queue.put(new Batch(slice, simulation.slice(slice), null));
            }
            queue.put(new Batch(-1, null, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(new Batch(-1, null, e));
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next slice, or a batch with null rows at the end; rethrows the worker's failure. */
    Batch next() {
        try {
            Batch batch = queue.take();
            if (batch.failure() != null) {
                throw batch.failure();
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
