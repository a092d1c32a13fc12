package io.hydrascope.report;

/** Kinds of shareable indicator, with the name written in CSV files. */
public enum IndicatorType {
    ACCOUNT("account"),
    IPV4("ipv4"),
    IPV6("ipv6"),
    IPV4_SUBNET("ipv4-subnet"),
    IPV6_SUBNET("ipv6-subnet"),
    PAYMENT_FINGERPRINT("payment-fingerprint"),
    USER_AGENT("user-agent"),
    EMAIL_DOMAIN("email-domain");

    private final String label;

    IndicatorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
