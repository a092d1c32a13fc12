package io.hydrascope.ui.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the labels of a chart's markers (a model's first appearance) go in the rows above the plot, so that no two
 * overlap: each label takes the first row where it fits, right of its line or, failing that, left of it; a label
 * that fits in none of the rows is left out (the chart's tooltip still names the marker). Toolkit-free arithmetic.
 */
public final class MarkerLabels {
    /** Room kept between two labels in one row, in pixels. */
    public static final double GAP = 8;
    /** Room between a marker's line and its label. */
    public static final double OFFSET = 4;

    /** One label's place: {@code row} from 0 (the row nearest the plot), or -1 when left out. */
    public record Placement(int row, boolean leftOfLine, double minX, double maxX) {
        public boolean shown() {
            return row >= 0;
        }
    }

    private MarkerLabels() {
    }

    /**
     * Places labels of {@code widths[i]} pixels for markers at {@code xs[i]}, between {@code minX} and
     * {@code maxX}, in at most {@code maxRows} rows. The result is in the order of the input.
     */
    public static List<Placement> place(double[] xs, double[] widths, double minX, double maxX, int maxRows) {
        Placement[] out = new Placement[xs.length];
        List<List<double[]>> rows = new ArrayList<>();
        for (int r = 0; r < maxRows; r++) {
            rows.add(new ArrayList<>());
        }
        List<Integer> order = IntStream.range(0, xs.length).boxed().sorted(Comparator.comparingDouble(i -> xs[i]))
                .toList();
        for (int i : order) {
            out[i] = new Placement(-1, false, xs[i], xs[i]);
            double right0 = xs[i] + OFFSET;
            double left0 = xs[i] - OFFSET - widths[i];
            boolean rightFits = right0 + widths[i] <= maxX;
            boolean leftFits = left0 >= minX;
            for (int r = 0; r < maxRows && !out[i].shown(); r++) {
                if (rightFits && free(rows.get(r), right0, right0 + widths[i])) {
                    out[i] = new Placement(r, false, right0, right0 + widths[i]);
                } else if (leftFits && free(rows.get(r), left0, left0 + widths[i])) {
                    out[i] = new Placement(r, true, left0, left0 + widths[i]);
                }
                if (out[i].shown()) {
                    rows.get(r).add(new double[] {out[i].minX(), out[i].maxX()});
                }
            }
        }
        return List.of(out);
    }

    /** How many rows the shown labels take. */
    public static int rowsUsed(List<Placement> placements) {
        return placements.stream().mapToInt(p -> p.row() + 1).max().orElse(0);
    }

    private static boolean free(List<double[]> row, double from, double to) {
        for (double[] taken : row) {
            if (from < taken[1] + GAP && to > taken[0] - GAP) {
                return false;
            }
        }
        return true;
    }
}
