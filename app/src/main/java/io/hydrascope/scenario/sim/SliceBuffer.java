package io.hydrascope.scenario.sim;

import io.hydrascope.model.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the rows of the current slice. Sources add whole conversations when they start; turns that fall in a
 * later slice wait in a small queue until their slice comes. Rows at or after the window end are dropped. Not
 * thread-safe: one generator thread owns it.
 */
public final class SliceBuffer {
    private static final Comparator<Interaction> BY_TIME = Comparator.comparingLong(Interaction::timestampMicros);

    private final long windowEndMicros;
    private List<Interaction> current = new ArrayList<>();
    private final PriorityQueue<Pending> later = new PriorityQueue<>();
    private long sliceEndMicros;
    private long sequence;

    public SliceBuffer(long windowEndMillis) {
        this.windowEndMicros = windowEndMillis * 1000;
    }

    /** Starts a slice ending at {@code endMillis}: rows waiting for it move into the current list. */
    public void startSlice(long endMillis) {
        sliceEndMicros = endMillis * 1000;
        while (!later.isEmpty() && later.peek().row.timestampMicros() < sliceEndMicros) {
            current.add(later.poll().row);
        }
    }

    public void add(Interaction row) {
        if (row.timestampMicros() >= windowEndMicros) {
            return;
        }
        if (row.timestampMicros() < sliceEndMicros) {
            current.add(row);
        } else {
            later.add(new Pending(row, sequence++));
        }
    }

    /** The current slice's rows in time order (ties keep the order they were added); empties the slice. */
    public List<Interaction> drain() {
        List<Interaction> rows = current;
        rows.sort(BY_TIME);
        current = new ArrayList<>(Math.max(16, rows.size()));
        return rows;
    }

    /** Rows still waiting for a later slice. */
    public int waiting() {
        return later.size();
    }

    private record Pending(Interaction row, long sequence) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(row.timestampMicros(), o.row.timestampMicros());
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
