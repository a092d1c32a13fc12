package io.hydrascope.report;

/** A template family a cluster used: its skeleton ({…} marks filled slots) and its reach inside and outside. */
public record TemplateFamilyRow(long id, String skeleton, long interactionsInScope, int accountsInScope,
                                long interactionsInCase, int accountsInCase) {
}
