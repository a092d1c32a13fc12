package io.hydrascope.report;

/**
 * Text hygiene shared by every writer. Logged fields are attacker-controlled: they may hold control characters that
 * break XML or terminals, lone surrogates, or megabytes of prompt. Escaping for each format is the writers' job.
 */
public final class ReportText {
    private ReportText() {
    }

    /**
     * Removes what no document format can carry: C0/C1 control characters except tab and newline (carriage returns
     * become newlines), lone surrogates and non-characters, and Unicode bidirectional overrides (which could make
     * text read differently from what it is).
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\t' || c == '\n') {
                out.append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == 0xFFFE
                    || c == 0xFFFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line: {@link #clean} with line breaks and tabs turned into spaces. */
    public static String oneLine(String s) {
        return clean(s).replace('\n', ' ').replace('\t', ' ');
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    public static String truncate(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The visible marker put after a cut prompt. */
    public static String truncationMarker(int omittedChars) {
        return String.format(java.util.Locale.ROOT, "[… truncated: %,d more characters not shown]", omittedChars);
    }
}
