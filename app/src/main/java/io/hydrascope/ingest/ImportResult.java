package io.hydrascope.ingest;

import io.hydrascope.model.ImportRecord;

/**
 * How one file's import ended. {@code alreadyImported}: the same content was imported before and nothing changed.
 * {@code resumed}: an interrupted earlier run of this file was continued. {@code elapsedNanos}: time of this run.
 */
public record ImportResult(ImportRecord record, boolean alreadyImported, boolean resumed, long elapsedNanos) {
}
