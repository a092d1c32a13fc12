package io.hydrascope.report;

/**
 * Neutralises spreadsheet formula injection in CSV output: a cell that a spreadsheet would evaluate (starting with
 * {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe so it is shown as text.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + value;
        }
        return value;
    }
}
