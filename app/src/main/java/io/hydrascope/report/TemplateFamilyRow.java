package io.hydrascope.report;

/**
 * A template family a cluster used: its skeleton ({…} marks filled slots), its reach inside and outside, and what
 * fills its slots here ({@link io.hydrascope.analysis.FillVocabulary#summary()}, "" when not counted).
 */
public record TemplateFamilyRow(long id, String skeleton, long interactionsInScope, int accountsInScope,
                                long interactionsInCase, int accountsInCase, String fills) {
}
