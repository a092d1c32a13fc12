package io.hydrascope.model;

/** One account's use of a template family, with the account's analysed risk (null when not analysed). */
public record FamilyAccount(String accountId, long interactions, long firstMicros, long lastMicros, Double risk,
                            boolean flagged) {
}
