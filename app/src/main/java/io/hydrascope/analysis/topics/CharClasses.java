package io.hydrascope.analysis.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alphabet of a {@link CueAutomaton}: one class per character that occurs in some phrase, plus "other word
 * character", "other character" and space, so the transition table stays small whatever the text contains.
 * Immutable.
 */
final class CharClasses {
    static final int OTHER = 0;
    static final int WORD = 1;
    static final int SPACE = 2;

    /** Class of each folded ASCII character. */
    final int[] ascii = new int[128];
    /** Whether a class stands for word characters (letters, digits, underscore), for boundary checks. */
    final boolean[] word;
    final int size;
    private final char[] extraChars;
    private final int[] extraClasses;

    /** @param phrases folded phrase bodies (without {@code *} markers) */
    CharClasses(String[] phrases) {
        Map<Character, Integer> classOf = new LinkedHashMap<>();
        for (String phrase : phrases) {
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                if (c != ' ' && !classOf.containsKey(c)) {
                    classOf.put(c, 3 + classOf.size());
                }
            }
        }
        size = 3 + classOf.size();
        word = new boolean[size];
        word[WORD] = true;
        for (int c = 0; c < 128; c++) {
            ascii[c] = c == ' ' ? SPACE : Chars.isWord((char) c) ? WORD : OTHER;
        }
        List<Character> extra = new ArrayList<>();
        for (Map.Entry<Character, Integer> e : classOf.entrySet()) {
            char c = e.getKey();
            word[e.getValue()] = Chars.isWord(c);
            if (c < 128) {
                ascii[c] = e.getValue();
            } else {
                extra.add(c);
            }
        }
        extra.sort(null);
        extraChars = new char[extra.size()];
        extraClasses = new int[extra.size()];
        for (int i = 0; i < extra.size(); i++) {
            extraChars[i] = extra.get(i);
            extraClasses[i] = classOf.get(extra.get(i));
        }
    }

    /** The class of a folded character. */
    int of(char c) {
        return c < 128 ? ascii[c] : nonAscii(c);
    }

    int nonAscii(char c) {
        int i = java.util.Arrays.binarySearch(extraChars, c);
        if (i >= 0) {
            return extraClasses[i];
        }
        return Character.isLetterOrDigit(c) ? WORD : OTHER;
    }
}
