package io.hydrascope.report;

import java.time.Instant;

/**
 * Something another team can look for or block: an account, an IP, a subnet, a payment fingerprint, a user agent or
 * an e-mail domain, with the cluster it belongs to, when it was seen and a confidence of 0..100 (the cluster's risk
 * times how exclusive the value is to the cluster's accounts; see the methodology appendix).
 *
 * @param basis one sentence with the numbers behind the confidence
 */
public record Indicator(IndicatorType type, String value, long clusterId, Instant firstSeen, Instant lastSeen,
                        int confidence, int accounts, long interactions, String basis) {
}
