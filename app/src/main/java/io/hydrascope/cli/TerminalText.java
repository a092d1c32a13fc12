package io.hydrascope.cli;

/**
 * Makes text that came from a case or a log file safe to print on a terminal. Logged fields are attacker-controlled:
 * an account id holding {@code ESC ] 0 ; ... BEL} retitles the window, {@code ESC [ ...} or the one-character CSI
 * {@code U+009B} moves the cursor or rewrites what was printed before, and a binary file's bytes do all of that at
 * random. Every C0 and C1 control character (line breaks included: the program's own text brings its own), DEL, lone
 * surrogates and the Unicode bidirectional controls (which make text read differently from what it is) are written
 * as visible escapes: {@code \n}, {@code \t}, {@code \r}, {@code \x1b}, {@code \u009b}, {@code \u202e}. Backslashes
 * are left as they are, so ordinary text and Windows paths read unchanged.
 *
 * <p>For human-readable output and error messages only; CSV and JSON output keeps the data exact.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** {@code String.valueOf(value)} with control characters escaped. */
    static String safe(Object value) {
        String s = String.valueOf(value);
        int i = 0;
        while (i < s.length() && !needsEscape(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (!needsEscape(s, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x80) {
                out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
