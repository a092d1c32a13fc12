package io.hydrascope.model;

/** How one account used one value (an IP, a user agent): from when to when, and how often. */
public record UsageSpan(String value, long firstMicros, long lastMicros, long interactions) {
}
