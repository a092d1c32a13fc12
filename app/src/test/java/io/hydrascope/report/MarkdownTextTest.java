package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
        "<script>alert(1)</script>¦\\<script\\>alert(1)\\</script\\>",
        "[click](javascript:alert(1))¦\\[click\\](javascript\\[:\\]alert(1))",
        "](http://evil.example)¦\\](hxxp://evil.example)",
        "see https://evil.example now¦see hxxps://evil.example now",
        "www.evil.example¦www\\[.\\]evil.example",
        "boss@evil.example¦boss\\[@\\]evil.example",
        "**bold** _it_ `code` ~~x~~¦\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~",
        "a | b¦a \\| b",
        "&lt; entity¦\\&lt; entity",
        "# heading¦\\# heading",
        "1. item¦1\\. item",
        "- item¦\\- item",
        "![img](x)¦\\!\\[img\\](x)",
    })
    void freeTextIsInert(String input, String expected) {
        assertEquals(expected, MarkdownText.text(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "has ` one", "has `` two ``` three", "`starts", "ends`"})
    void codeSpanFenceIsLongerThanAnyBacktickRun(String value) {
        String span = MarkdownText.code(value, false);
        int fence = MarkdownText.longestRun(value, '`') + 1;
        assertTrue(span.startsWith("`".repeat(fence)) && span.endsWith("`".repeat(fence)), span);
        assertFalse(span.startsWith("`".repeat(fence + 1)), span);
        assertTrue(span.contains(value), span);
    }

    @org.junit.jupiter.api.Test
    void codeSpanInATableEscapesPipesAndStaysOnOneLine() {
        assertEquals("`a\\|b c`", MarkdownText.code("a|b\nc", true));
    }

    @org.junit.jupiter.api.Test
    void fencedBlockCannotBeClosedFromInside() {
        String prompt = "before\n```\n````\nafter <script>";
        String block = MarkdownText.fenced(prompt);
        assertTrue(block.startsWith("`````text\n"), block);
        assertTrue(block.endsWith("\n`````\n"), block);
        assertTrue(block.contains(prompt));
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAndBidiOverridesAreReplaced() {
        assertEquals("a\uFFFDb\uFFFDc", ReportText.oneLine("a\u0000b\u202Ec"));
        assertEquals("line\nnext", ReportText.clean("line\r\nnext"));
    }
}
