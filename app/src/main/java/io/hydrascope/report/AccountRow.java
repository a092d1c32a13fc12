package io.hydrascope.report;

import java.time.Instant;
import java.util.List;

/** One member account as a report lists it: verdict, activity and profile. Profile fields may be null. */
public record AccountRow(String accountId, double risk, boolean flagged, String topTopic, long interactions,
                         Instant firstSeen, Instant lastSeen, Instant createdAt, String emailDomain,
                         String paymentFingerprint, String country, String orgId, List<String> tags) {
}
