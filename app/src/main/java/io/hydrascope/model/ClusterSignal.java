package io.hydrascope.model;

/**
 * One named piece of evidence about a cluster: its measured {@code value}, the case {@code baseline} it is compared
 * with (null where no baseline applies), how much it added to the risk, and a sentence with the numbers.
 */
public record ClusterSignal(String signal, double value, Double baseline, double contribution, String description) {
}
