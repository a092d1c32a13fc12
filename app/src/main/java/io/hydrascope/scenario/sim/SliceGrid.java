package io.hydrascope.scenario.sim;

/**
 * The window cut into equal time slices. The generator produces and writes one slice at a time, so memory holds one
 * slice of rows, never the whole log. Slices divide an hour and start on the hour, so a slice never straddles two
 * hours of a daily rhythm.
 */
public final class SliceGrid {
    private static final long[] LENGTHS_MINUTES = {1, 2, 3, 5, 6, 10, 12, 15, 20, 30, 60};
    /** Rows per slice the grid aims for: enough to sort cheaply, few enough to keep memory flat. */
    static final long TARGET_ROWS_PER_SLICE = 25_000;

    private final long start;
    private final long end;
    private final long length;
    private final int count;

    public SliceGrid(long startMillis, long endMillis, long sliceMillis) {
        this.start = startMillis;
        this.end = endMillis;
        this.length = sliceMillis;
        this.count = (int) ((endMillis - startMillis + sliceMillis - 1) / sliceMillis);
    }

    /** The longest slice (at most an hour) that keeps an average slice near {@link #TARGET_ROWS_PER_SLICE} rows. */
    public static SliceGrid forVolume(long startMillis, long endMillis, long interactions) {
        double hours = (endMillis - startMillis) / 3_600_000.0;
        double rowsPerMinute = interactions / (hours * 60);
        long chosen = LENGTHS_MINUTES[0];
        for (long minutes : LENGTHS_MINUTES) {
            if (rowsPerMinute * minutes * 3 <= TARGET_ROWS_PER_SLICE) {
                chosen = minutes;
            }
        }
        return new SliceGrid(startMillis, endMillis, chosen * 60_000);
    }

    public int count() {
        return count;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public long length() {
        return length;
    }

    public long sliceStart(int slice) {
        return start + slice * length;
    }

    public long sliceEnd(int slice) {
        return Math.min(end, start + (slice + 1) * length);
    }

    public long sliceMid(int slice) {
        return (sliceStart(slice) + sliceEnd(slice)) / 2;
    }
}
