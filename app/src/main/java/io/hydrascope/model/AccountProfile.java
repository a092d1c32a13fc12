package io.hydrascope.model;

/**
 * What an accounts export says about one account. {@code createdAtMicros} is microseconds since the epoch or null.
 */
public record AccountProfile(
        String accountId,
        Long createdAtMicros,
        String emailDomain,
        String paymentFingerprint,
        String country,
        String orgId,
        String plan) {

    /** The native column names of an accounts file. */
    public static final java.util.List<String> NATIVE_COLUMNS = java.util.List.of(
            "account_id", "created_at", "email_domain", "payment_fingerprint", "country", "org_id", "plan");
}
