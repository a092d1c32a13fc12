package io.hydrascope.report;

import java.util.regex.Pattern;

/**
 * STIX 2.1 patterns for indicators. Values come from logs: they are re-checked here (addresses must parse, domains
 * must be plain host names) and string literals escape quotes and backslashes, so no value can change the pattern.
 * Payment fingerprints have no STIX pattern: they are meaningful only to the payment provider that issued them.
 */
final class StixPatterns {
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
            + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private StixPatterns() {
    }

    /** The pattern for an indicator, or null when its type or value has none. */
    static String of(Indicator i) {
        String v = i.value();
        return switch (i.type()) {
            case IPV4 -> IpAddresses.isV4(v) ? "[ipv4-addr:value = " + literal(v) + "]" : null;
            case IPV6 -> IpAddresses.isV6(v) ? "[ipv6-addr:value = " + literal(v) + "]" : null;
            case IPV4_SUBNET -> v.endsWith("/24") && IpAddresses.isV4(v.substring(0, v.length() - 3))
                    ? "[ipv4-addr:value ISSUBSET " + literal(v) + "]" : null;
            case IPV6_SUBNET -> v.endsWith("/48") && IpAddresses.isV6(v.substring(0, v.length() - 3))
                    ? "[ipv6-addr:value ISSUBSET " + literal(v) + "]" : null;
            case ACCOUNT -> "[user-account:account_login = " + literal(v) + "]";
            case USER_AGENT -> "[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = "
                    + literal(v) + "]";
            case EMAIL_DOMAIN -> DOMAIN.matcher(v).matches() ? "[email-addr:value LIKE " + literal("%@" + v) + "]"
                    : null;
            case PAYMENT_FINGERPRINT -> null;
        };
    }

    /** A quoted STIX string literal: backslashes and single quotes escaped. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
