package io.hydrascope.model;

/**
 * A source row that could not be imported, with where it came from and why. {@code reason} is a stable category
 * ("unparseable timestamp") that can be counted; {@code detail} says what exactly was wrong with this row.
 */
public record QuarantinedRow(long importId, String fileName, long line, String reason, String detail, String raw) {
}
