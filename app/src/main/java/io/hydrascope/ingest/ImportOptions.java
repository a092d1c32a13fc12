package io.hydrascope.ingest;

/**
 * Choices the analyst makes for an import.
 *
 * @param profile     mapping profile to read the file with instead of recognising its format, or null
 * @param accountName account the records of a single-user export (a ChatGPT data export) belong to, or null to
 *                    name it after the file
 */
public record ImportOptions(MappingProfile profile, String accountName) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, null);

    public ImportOptions withProfile(MappingProfile newProfile) {
        return new ImportOptions(newProfile, accountName);
    }

    public ImportOptions withAccountName(String name) {
        return new ImportOptions(profile, name);
    }
}
