package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueAutomatonTest {

    private static List<String> found(List<String> patterns, String text) {
        CueAutomaton automaton = new CueAutomaton(patterns);
        Scan scan = new Scan(patterns.size(), 1, 1);
        automaton.scan(text, 8192, scan);
        List<String> out = new ArrayList<>();
        IntStream.range(0, patterns.size()).filter(scan::isMatched).forEach(p -> out.add(patterns.get(p)));
        return out;
    }

    @Test
    void findsOverlappingPatternsInOnePass() {
        assertEquals(List.of("*he*", "*she*", "*hers*"), found(List.of("*he*", "*she*", "*his*", "*hers*"), "ushers"));
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        code       | the code works          | true
        code       | the codes work          | false
        code       | decode this             | false
        code*      | coders and codebases    | true
        *code      | decode this             | true
        def        | def f(x)                | true
        def        | undefined               | false
        c++        | in C++, please          | true
        c++        | abc++                   | false
        "def "     | ok                      | false
        how many   | How   MANY\\napples?    | true
        let's      | Let’s go                | true
        天安门      | 请介绍天安门事件            | true
        """)
    void matchesAtWordBoundariesUnlessAnEdgeIsStarred(String pattern, String text, boolean expected) {
        String phrase = Chars.foldPhrase(pattern);
        assertEquals(expected, !found(List.of(phrase), text.replace("\\n", "\n")).isEmpty());
    }

    @Test
    void countsNumbersButNotListNumbering() {
        CueAutomaton automaton = new CueAutomaton(List.of("x"));
        Scan scan = new Scan(1, 1, 1);
        automaton.scan("Shopping:\n1. buy 3 apples for $2,500.50\n2) and 12 pears; x=[1]\n", 8192, scan);
        assertEquals(4, scan.numbers, "3, 2,500.50, 12 and 1");
        assertEquals(4, scan.symbols, "; = [ ]");
        assertEquals(4, scan.lines);
    }

    @Test
    void scansOnlyTheGivenLength() {
        CueAutomaton automaton = new CueAutomaton(List.of("needle"));
        Scan scan = new Scan(1, 1, 1);
        automaton.scan("x".repeat(300) + " needle", 300, scan);
        assertEquals(0, scan.matchedCount);
        automaton.scan("x".repeat(300) + " needle", 400, scan);
        assertEquals(1, scan.matchedCount);
    }
}
