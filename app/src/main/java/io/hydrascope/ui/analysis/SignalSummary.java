package io.hydrascope.ui.analysis;

/**
 * One piece of evidence as a person reads it: what was measured, the value, and what is normal.
 *
 * @param name e.g. "Lockstep timing"
 * @param value e.g. "81% of requests in minutes shared with 10+ accounts"
 * @param baseline e.g. "3% for ordinary accounts"; may be empty
 * @param strength how much this signal raised the risk, in [0, 1], for ordering and emphasis
 */
public record SignalSummary(String name, String value, String baseline, double strength) {
}
