package io.hydrascope.ui.graph;

/**
 * Makes logged text safe to draw as a graph label or tooltip: account ids, IPs, user agents and template skeletons
 * come from logs and are attacker-controlled. Control and format characters (including bidirectional overrides and
 * zero-width characters) are dropped, line breaks and runs of white space become one space, and long text is cut
 * with an ellipsis so one value cannot cover the picture.
 */
public final class GraphLabels {
    /** Longest label drawn next to a node. */
    public static final int LABEL_LENGTH = 40;
    /** Longest value shown in a tooltip or table cell. */
    public static final int DETAIL_LENGTH = 160;

    private GraphLabels() {
    }

    public static String label(String text) {
        return sanitise(text, LABEL_LENGTH);
    }

    public static String detail(String text) {
        return sanitise(text, DETAIL_LENGTH);
    }

    /** The text without control or format characters, white space collapsed, at most {@code max} characters. */
    public static String sanitise(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
            if (out.codePointCount(0, out.length()) > max) {
                break;
            }
        }
        if (out.codePointCount(0, out.length()) > max) {
            return out.substring(0, out.offsetByCodePoints(0, max - 1)) + "…";
        }
        return out.toString();
    }
}
