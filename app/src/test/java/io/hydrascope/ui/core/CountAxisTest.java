package io.hydrascope.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountAxisTest {
    @ParameterizedTest(name = "a largest value of {0} gives ticks {1}")
    @CsvSource(delimiter = ';', value = {
        "0; 0 1",
        "1; 0 1",
        "3; 0 1 2 3",
        "5; 0 1 2 3 4 5",
        "7; 0 2 4 6 8",
        "10; 0 2 4 6 8 10",
        "37; 0 10 20 30 40",
        "50; 0 10 20 30 40 50",
        "51; 0 20 40 60",
        "5201; 0 2000 4000 6000",
        "15600; 0 5000 10000 15000 20000",
        "1234567; 0 500000 1000000 1500000"
    })
    void ticksAreEvenOneTwoFiveStepsFromZeroToTheFirstStepAtOrAboveTheMaximum(long max, String expected) {
        CountAxis axis = CountAxis.forMax(max);
        List<Long> want = Arrays.stream(expected.split(" ")).map(Long::valueOf).toList();
        assertEquals(want, axis.ticks());
        assertEquals(want.get(want.size() - 1), axis.top());
    }

    @Test
    void everyStepIsOneTwoOrFiveTimesAPowerOfTenAndCoversTheMaximumInAtMostFiveSteps() {
        for (long max = 0; max <= 100_000; max += max < 200 ? 1 : 97) {
            CountAxis axis = CountAxis.forMax(max);
            long mantissa = axis.step();
            while (mantissa % 10 == 0) {
                mantissa /= 10;
            }
            assertTrue(mantissa == 1 || mantissa == 2 || mantissa == 5, max + " -> step " + axis.step());
            assertTrue(axis.top() >= max, max + " -> top " + axis.top());
            assertTrue(axis.top() / axis.step() <= CountAxis.MAX_STEPS, max + " -> " + axis.ticks());
            assertTrue(axis.top() - axis.step() < Math.max(1, max), max + " -> no empty step on top: " + axis);
        }
    }

    @Test
    void aValueEqualToATickSitsExactlyOnThatTicksGridline() {
        CountAxis axis = CountAxis.forMax(3);
        assertEquals(1.0 / 3, axis.fraction(1), 1e-12, "a bar of 1 reaches the line labelled 1");
        assertEquals(1.0, axis.fraction(3), 1e-12);
        for (long tick : CountAxis.forMax(48).ticks()) {
            assertEquals(tick, CountAxis.forMax(48).fraction(tick) * CountAxis.forMax(48).top(), 1e-9);
        }
    }

    @ParameterizedTest(name = "on an axis up to {0}, {1} reads \"{2}\"")
    @CsvSource({
        "3, 2, 2",
        "5201, 4000, 4000",
        "15600, 0, 0",
        "15600, 5000, 5k",
        "15600, 20000, 20k",
        "24000, 25000, 25k",
        "1234567, 500000, 0.5M",
        "1234567, 1500000, 1.5M",
        "9000000, 2000000, 2M"
    })
    void labelsUseOneUnitPerAxisWithNoMoreDecimalsThanTheStepNeeds(long max, long value, String expected) {
        assertEquals(expected, CountAxis.forMax(max).label(value));
    }
}
