package io.hydrascope.model;

/** An account of the case with its internal reference and what its profile says (fields may be null). */
public record AccountInfo(long ref, String accountId, Long createdAtMicros, String emailDomain,
                          String paymentFingerprint, String country, String orgId, String plan) {
}
