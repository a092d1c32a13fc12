package io.hydrascope.ingest;

/**
 * Choices the analyst makes for an import.
 *
 * @param profile        mapping profile to read the file with instead of recognising its format, or null
 * @param accountName    account the records of a single-user export (a ChatGPT data export) belong to, or null to
 *                       name it after the file
 * @param maxRecordBytes the largest record read: a CSV row, a JSON Lines line or an object of a JSON array, as
 *                       UTF-8 text (objects of a JSON array or document: in characters). A larger record is
 *                       quarantined with its line and size and skipped without being held in memory.
 */
public record ImportOptions(MappingProfile profile, String accountName, long maxRecordBytes) {
    /** Default record size limit: far above any real prompt, far below what a parse thread can hold. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;
    /** Smallest limit accepted; below it a header row alone may not fit. */
    public static final long MIN_RECORD_BYTES = 1L << 10;
    public static final ImportOptions DEFAULT = new ImportOptions(null, null, DEFAULT_MAX_RECORD_BYTES);

    public ImportOptions {
        if (maxRecordBytes < MIN_RECORD_BYTES) {
            throw new IllegalArgumentException("the record size limit must be at least " + MIN_RECORD_BYTES
                    + " bytes, not " + maxRecordBytes);
        }
    }

    public ImportOptions(MappingProfile profile, String accountName) {
        this(profile, accountName, DEFAULT_MAX_RECORD_BYTES);
    }

    public ImportOptions withProfile(MappingProfile newProfile) {
        return new ImportOptions(newProfile, accountName, maxRecordBytes);
    }

    public ImportOptions withAccountName(String name) {
        return new ImportOptions(profile, name, maxRecordBytes);
    }

    public ImportOptions withMaxRecordBytes(long bytes) {
        return new ImportOptions(profile, accountName, bytes);
    }
}
