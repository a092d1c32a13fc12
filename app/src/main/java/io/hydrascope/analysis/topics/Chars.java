package io.hydrascope.analysis.topics;

/**
 * The one character folding shared by cue phrases and prompts, so both sides compare equal: lower case, typographic
 * quotes as ASCII quotes, every kind of whitespace as a plain space.
 */
final class Chars {
    private Chars() {
    }

    static char fold(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            return c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B ? ' ' : c;
        }
        switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u2032' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u2033' -> {
                return '"';
            }
            case '\u00A0', '\u2007', '\u202F' -> {
                return ' ';
            }
            default -> {
                return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
            }
        }
    }

    /** Letters, digits and the underscore: the characters a word boundary separates. */
    static boolean isWord(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * Whether a phrase edge needs a word boundary: a word character of a script that separates words with spaces.
     * Chinese, Japanese, Thai and similar scripts run words together, so their phrases match anywhere.
     */
    static boolean needsBoundary(char c) {
        if (c < 128) {
            return isWord(c);
        }
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }

    /** Folds a whole phrase and collapses whitespace runs to one space, keeping leading and trailing spaces. */
    static String foldPhrase(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean lastSpace = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = fold(phrase.charAt(i));
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
