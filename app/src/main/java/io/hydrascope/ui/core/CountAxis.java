package io.hydrascope.ui.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The count axis of a chart, independent of drawing: a step of 1, 2 or 5 times a power of ten, the axis top as a
 * whole number of steps at or above the largest value, and one tick per step. Gridlines drawn at {@link #ticks()}
 * sit exactly at the values their labels name, so a bar of 1 reaches the line labelled 1.
 *
 * @param step distance between ticks (1, 2 or 5 × 10^k, at least 1: counts are whole numbers)
 * @param top the axis maximum, a multiple of {@code step}; the bars are scaled to it
 */
public record CountAxis(long step, long top) {
    /** About this many gridlines above zero, never more. */
    public static final int MAX_STEPS = 5;

    public CountAxis {
        if (step < 1 || top < step || top % step != 0) {
            throw new IllegalArgumentException("step " + step + ", top " + top);
        }
    }

    /** The axis for values up to {@code max}: the smallest 1-2-5 step that covers it in at most {@link #MAX_STEPS}. */
    public static CountAxis forMax(long max) {
        long value = Math.max(1, max);
        for (long power = 1; ; power *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                long step = m * power;
                long steps = (value + step - 1) / step;
                if (steps <= MAX_STEPS) {
                    return new CountAxis(step, steps * step);
                }
            }
        }
    }

    /** 0, step, 2 × step ... top. */
    public List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(v);
        }
        return ticks;
    }

    /** Where {@code value} sits between 0 (the baseline) and 1 (the top). */
    public double fraction(double value) {
        return value / top;
    }

    /**
     * A tick's label, in one unit for the whole axis: plain up to 9,999 ("0", "2", "5000"), thousands above
     * ("2.5k", "10k"), millions from a million ("1.5M"); never more decimals than the step needs.
     */
    public String label(long value) {
        if (top >= 1_000_000) {
            return scaled(value, 1_000_000, "M");
        }
        if (top >= 10_000) {
            return scaled(value, 1_000, "k");
        }
        return Long.toString(value);
    }

    private String scaled(long value, long unit, String suffix) {
        if (value == 0) {
            return "0";
        }
        int decimals = Math.max(0, BigDecimal.valueOf(step).divide(BigDecimal.valueOf(unit)).stripTrailingZeros()
                .scale());
        return String.format(Locale.ROOT, "%." + decimals + "f%s", value / (double) unit, suffix);
    }
}
