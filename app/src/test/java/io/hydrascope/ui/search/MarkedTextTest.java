package io.hydrascope.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hydrascope.ui.search.MarkedText.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {
    @Test
    void splitsMarkedMatchesFromTheTextAround() {
        assertEquals(List.of(new Segment("…write ", false), new Segment("pytest", true), new Segment(" tests and ",
                false), new Segment("pytest", true)), MarkedText.segments("…write \u0002pytest\u0003 tests and "
                + "\u0002pytest\u0003", true));
    }

    @Test
    void markupInPromptsStaysPlainTextAndControlCharactersAreNeutralised() {
        assertEquals(List.of(new Segment("<b>not bold</b> ", false), new Segment("<script>", true),
                new Segment(" \uFFFDevil", false)), MarkedText.segments("<b>not bold</b> \u0002<script>\u0003 "
                + "\u202Eevil", true));
    }

    @Test
    void keepsLineBreaksOnlyWhenAsked() {
        assertEquals(List.of(new Segment("a b", false)), MarkedText.segments("a\nb", true));
        assertEquals(List.of(new Segment("a\nb", false)), MarkedText.segments("a\nb", false));
    }
}
