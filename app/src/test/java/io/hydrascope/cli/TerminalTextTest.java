package io.hydrascope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalTextTest {
    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("an OSC title change and its BEL", "\u001b]0;pwned\u0007acct", "\\x1b]0;pwned\\x07acct"),
                arguments("colour changes", "\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m"),
                arguments("the one-character CSI of C1", "\u009b2J", "\\u009b2J"),
                arguments("NUL, DEL and NEL", "a\u0000b\u007fc\u0085d", "a\\x00b\\x7fc\\u0085d"),
                arguments("line breaks and tabs inside data", "two\nlines\rback\ttab", "two\\nlines\\rback\\ttab"),
                arguments("bidirectional controls", "\u202eevil\u2066x\u200f", "\\u202eevil\\u2066x\\u200f"),
                arguments("lone surrogates", "lone \ud800 high, \udc00 low", "lone \\ud800 high, \\udc00 low"),
                arguments("ordinary text and surrogate pairs", "\ud83d\ude00 ünïcödé 中文 ok",
                        "\ud83d\ude00 ünïcödé 中文 ok"),
                arguments("backslashes", "C:\\logs\\x1b.csv", "C:\\logs\\x1b.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void escapesControlCharactersVisibly(String what, String input, String printed) {
        assertEquals(printed, TerminalText.safe(input));
    }

    @Test
    void nullIsPrintedAsPrintfWould() {
        assertEquals("null", TerminalText.safe(null));
    }
}
