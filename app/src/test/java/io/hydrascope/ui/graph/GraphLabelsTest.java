package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GraphLabelsTest {
    static Stream<Arguments> hostileLabels() {
        return Stream.of(
                Arguments.of("line breaks become one space", "acct\r\n-7\tx", "acct -7 x"),
                Arguments.of("terminal escapes are dropped", "\u001B[31mred\u001B[0m", "[31mred[0m"),
                Arguments.of("bidirectional overrides are dropped", "evil\u202Egnp.exe", "evilgnp.exe"),
                Arguments.of("zero-width characters are dropped", "ad\u200Bmin\uFEFF", "admin"),
                Arguments.of("NUL and bell are dropped", "a\u0000b\u0007c", "abc"),
                Arguments.of("outer space is trimmed, inner runs collapse", "   spaced \u2028  out  ", "spaced out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileLabels")
    void stripsControlAndFormatCharacters(String why, String raw, String shown) {
        assertEquals(shown, GraphLabels.sanitise(raw, 100), why);
    }

    @Test
    void capsLengthWithAnEllipsisCountingCodePoints() {
        String label = GraphLabels.label("x".repeat(500));
        assertEquals(GraphLabels.LABEL_LENGTH, label.codePointCount(0, label.length()));
        assertTrue(label.endsWith("…"));
        String emoji = GraphLabels.sanitise("😀".repeat(10), 5);
        assertEquals("😀😀😀😀…", emoji, "surrogate pairs are never split");
        assertEquals("short", GraphLabels.label("short"));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", GraphLabels.label(null));
    }
}
