package io.hydrascope.model;

/**
 * The topic model an analysis run used.
 *
 * @param name its name ({@code built-in} for the one shipped in the jar)
 * @param sha256 hex SHA-256 of its file
 * @param file the file's bytes when the case keeps them (models other than the built-in one), else null
 */
public record TopicModelInfo(String name, String sha256, byte[] file) {
}
