package io.hydrascope.model;

/**
 * Something accounts share that links them: an IP, a /24 subnet, a payment fingerprint, a template family, a
 * lockstep group... {@code weight} is the evidence strength given its kind and how rare it is in the case.
 */
public record LinkKey(long id, String kind, String value, int accounts, double weight) {
}
