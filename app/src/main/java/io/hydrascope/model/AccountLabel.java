package io.hydrascope.model;

/** Ground truth for demos and evaluation: the campaign an account belongs to ({@code benign} or empty if none). */
public record AccountLabel(String accountId, String campaign) {
    /** The native column names of a labels file. */
    public static final java.util.List<String> NATIVE_COLUMNS = java.util.List.of("account_id", "campaign");

    public boolean isBenign() {
        return campaign == null || campaign.isBlank() || "benign".equalsIgnoreCase(campaign.trim());
    }
}
