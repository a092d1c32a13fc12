package io.hydrascope.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A group of accounts that act as one, with its risk, verdict and the signals that explain it. */
public record ClusterResult(long id, String label, int accounts, long interactions, double risk, boolean flagged,
                            Long firstTimestampMicros, Long lastTimestampMicros, Map<String, Double> topicShares,
                            String headline, List<ClusterSignal> signals) {
    /** Signals of shared infrastructure, payment, sign-up or timing: what ties accounts beyond what they ask. */
    public static final Set<String> INFRASTRUCTURE_SIGNALS = Set.of("shared_payment", "creation_burst", "lockstep",
            "minute_boundary", "no_day_night_rhythm", "proxy_rotation", "model_move");
    /** A signal contributing less than this is not counted as evidence of its kind. */
    static final double EVIDENCE_FLOOR = 0.1;

    /** The footing of a flagged cluster's verdict. */
    public enum Evidence {
        /** Shared infrastructure, payment, sign-up or timing, usually with shared content. */
        INFRASTRUCTURE("infrastructure and content"),
        /** Linked only by what the accounts ask (shared templates, word-for-word requests): a weaker footing. */
        CONTENT_ONLY("content-only evidence"),
        /** Not flagged. */
        NONE("");

        private final String label;

        Evidence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** On what the verdict stands: content-only when no infrastructure or timing signal contributes. */
    public Evidence evidence() {
        if (!flagged) {
            return Evidence.NONE;
        }
        boolean infrastructure = signals != null && signals.stream().anyMatch(s ->
                INFRASTRUCTURE_SIGNALS.contains(s.signal()) && s.contribution() >= EVIDENCE_FLOOR);
        return infrastructure ? Evidence.INFRASTRUCTURE : Evidence.CONTENT_ONLY;
    }
}
