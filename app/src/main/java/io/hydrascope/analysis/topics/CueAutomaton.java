package io.hydrascope.analysis.topics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds all cue phrases in a prompt in one pass: an Aho-Corasick automaton compiled to a dense transition table over
 * {@link CharClasses}. Folding, whitespace collapsing and the structural counts happen in the same pass. Immutable
 * and thread-safe; the per-prompt state lives in a {@link Scan}.
 *
 * <p>Phrase notation: a phrase whose first (last) character is a letter, digit or underscore only matches at a word
 * boundary on that side, unless that side is marked with {@code *} ({@code refactor*} also matches "refactoring").
 * Phrases in scripts written without spaces (Chinese, Japanese, Thai, ...) match anywhere.
 */
final class CueAutomaton {
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = Chars.fold(c);
        }
    }

    private final CharClasses classes;
    /** log2 of the padded row width: states are stored pre-shifted, so a step is one add and one load. */
    private final int shift;
    /** Transitions: {@code delta[state + class]} is the next state, pre-shifted. */
    private final int[] delta;
    /** States at or above this (pre-shifted) value have outputs; they are numbered last on purpose. */
    private final int firstOutputState;
    /** Pattern ids ending in each output state (including those of its failure chain), by state index. */
    private final int[][] outputs;
    private final int[] patternLength;
    private final boolean[] needStart;
    private final boolean[] needEnd;

    /** @param patterns folded phrases, each optionally marked {@code *} at either edge */
    CueAutomaton(List<String> patterns) {
        int count = patterns.size();
        patternLength = new int[count];
        needStart = new boolean[count];
        needEnd = new boolean[count];
        String[] bodies = new String[count];
        for (int p = 0; p < count; p++) {
            String raw = patterns.get(p);
            boolean openStart = raw.startsWith("*");
            boolean openEnd = raw.length() > 1 && raw.endsWith("*");
            String body = raw.substring(openStart ? 1 : 0, raw.length() - (openEnd ? 1 : 0));
            bodies[p] = body;
            patternLength[p] = body.length();
            needStart[p] = !openStart && Chars.needsBoundary(body.charAt(0));
            needEnd[p] = !openEnd && Chars.needsBoundary(body.charAt(body.length() - 1));
        }
        classes = new CharClasses(bodies);
        shift = 32 - Integer.numberOfLeadingZeros(classes.size - 1);
        List<int[]> rows = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        trie(bodies, rows, own);
        int[][] merged = link(rows, own);
        int states = rows.size();
        int[] renumber = outputStatesLast(merged);
        outputs = new int[states][];
        int firstOutput = states;
        for (int s = 0; s < states; s++) {
            if (merged[s] != null) {
                outputs[renumber[s]] = merged[s];
                firstOutput = Math.min(firstOutput, renumber[s]);
            }
        }
        firstOutputState = firstOutput << shift;
        delta = new int[states << shift];
        for (int s = 0; s < states; s++) {
            int[] row = rows.get(s);
            for (int c = 0; c < classes.size; c++) {
                delta[(renumber[s] << shift) + c] = renumber[row[c]] << shift;
            }
        }
    }

    int alphabetSize() {
        return classes.size;
    }

    /**
     * Folds the first {@code limit} characters of the text into the scan, counts structure, and records the patterns
     * that occur. One pass: a match whose end needs a word boundary waits for the next character to confirm it.
     */
    void scan(CharSequence text, int limit, Scan scan) {
        int n = Math.min(text.length(), limit);
        scan.begin(n);
        char[] folded = scan.folded;
        char[] source = scan.source;
        if (text instanceof String string) {
            string.getChars(0, n, source, 0);
        } else {
            for (int i = 0; i < n; i++) {
                source[i] = text.charAt(i);
            }
        }
        int[] cls = scan.classes;
        int[] asciiClass = classes.ascii;
        boolean[] wordClass = classes.word;
        int[] pending = scan.pending;
        int pendingCount = 0;
        int len = 0;
        int numbers = 0;
        int symbols = 0;
        int lines = 1;
        int state = 0;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char raw = source[i];
            char c;
            int k;
            if (raw < 128) {
                c = LOWER[raw];
                k = asciiClass[c];
                if (raw == '\n') {
                    lines++;
                }
            } else {
                c = Chars.fold(raw);
                k = c < 128 ? asciiClass[c] : classes.nonAscii(c);
            }
            if (c == ' ') {
                lineStart |= raw == '\n';
                if (len > 0 && folded[len - 1] == ' ') {
                    continue;
                }
            } else if (c >= '0' && c <= '9') {
                // A number opening a line is list numbering ("1. Install ..."), not a quantity.
                if (!lineStart && startsNumber(folded, len)) {
                    numbers++;
                }
                lineStart = false;
            } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ';' || c == '=' || c == '<' || c == '>') {
                symbols++;
                lineStart = false;
            } else {
                lineStart = false;
            }
            if (pendingCount > 0) {
                if (!wordClass[k]) {
                    for (int j = 0; j < pendingCount; j++) {
                        scan.match(pending[j]);
                    }
                }
                pendingCount = 0;
            }
            folded[len] = c;
            cls[len] = k;
            state = delta[state + k];
            if (state >= firstOutputState) {
                for (int p : outputs[state >>> shift]) {
                    int start = len - patternLength[p] + 1;
                    if (needStart[p] && start > 0 && wordClass[cls[start - 1]]) {
                        continue;
                    }
                    if (needEnd[p]) {
                        if (pendingCount == pending.length) {
                            pending = scan.growPending();
                        }
                        pending[pendingCount++] = p;
                    } else {
                        scan.match(p);
                    }
                }
            }
            len++;
        }
        for (int j = 0; j < pendingCount; j++) {
            scan.match(pending[j]);
        }
        scan.length = len;
        scan.numbers = numbers;
        scan.symbols = symbols;
        scan.lines = lines;
    }

    /** A digit starts a number unless it continues one ("80,000", "1.5") or an identifier ("gpt4", "x2"). */
    private static boolean startsNumber(char[] folded, int len) {
        if (len == 0) {
            return true;
        }
        char prev = folded[len - 1];
        if ((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') || prev == '_') {
            return false;
        }
        return !((prev == ',' || prev == '.') && len >= 2 && folded[len - 2] >= '0' && folded[len - 2] <= '9');
    }

    /** Inserts the phrases into a trie of rows (-1: no edge yet); {@code own} gets the pattern ids ending in each. */
    private void trie(String[] bodies, List<int[]> rows, List<List<Integer>> own) {
        newState(rows, own);
        for (int p = 0; p < bodies.length; p++) {
            int state = 0;
            for (int i = 0; i < bodies[p].length(); i++) {
                int cls = classes.of(bodies[p].charAt(i));
                if (rows.get(state)[cls] < 0) {
                    rows.get(state)[cls] = newState(rows, own);
                }
                state = rows.get(state)[cls];
            }
            own.get(state).add(p);
        }
    }

    /** New numbers with the states that have outputs last, so one comparison per step tells whether to look. */
    private static int[] outputStatesLast(int[][] merged) {
        int[] renumber = new int[merged.length];
        int next = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int s = 0; s < merged.length; s++) {
                if ((merged[s] != null) == (pass == 1)) {
                    renumber[s] = next++;
                }
            }
        }
        return renumber;
    }

    private int newState(List<int[]> rows, List<List<Integer>> own) {
        int[] row = new int[classes.size];
        Arrays.fill(row, -1);
        rows.add(row);
        own.add(new ArrayList<>(1));
        return rows.size() - 1;
    }

    /** Breadth-first failure links, completing the trie into a transition table; returns each state's outputs. */
    private int[][] link(List<int[]> rows, List<List<Integer>> own) {
        int[][] merged = new int[rows.size()][];
        int[] fail = new int[rows.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] root = rows.get(0);
        for (int c = 0; c < classes.size; c++) {
            if (root[c] < 0) {
                root[c] = 0;
            } else {
                queue.add(root[c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            merged[s] = concat(own.get(s), merged[fail[s]]);
            int[] row = rows.get(s);
            for (int c = 0; c < classes.size; c++) {
                int t = row[c];
                if (t < 0) {
                    row[c] = rows.get(fail[s])[c];
                } else {
                    fail[t] = s == 0 ? 0 : rows.get(fail[s])[c];
                    queue.add(t);
                }
            }
        }
        return merged;
    }

    private static int[] concat(List<Integer> mine, int[] inherited) {
        int size = mine.size() + (inherited == null ? 0 : inherited.length);
        if (size == 0) {
            return null;
        }
        int[] out = new int[size];
        for (int i = 0; i < mine.size(); i++) {
            out[i] = mine.get(i);
        }
        if (inherited != null) {
            System.arraycopy(inherited, 0, out, mine.size(), inherited.length);
        }
        return out;
    }
}
