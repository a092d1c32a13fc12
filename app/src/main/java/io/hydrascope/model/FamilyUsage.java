package io.hydrascope.model;

/**
 * A template family as seen in one scope: its skeleton, how often the scope used it, and its reach in the case.
 *
 * @param interactions the scope's interactions from this family
 * @param accounts the scope's accounts that used it
 * @param firstMicros first use in the scope
 * @param lastMicros last use in the scope
 * @param caseInteractions interactions from this family in the whole case
 * @param caseAccounts accounts using it in the whole case
 */
public record FamilyUsage(long familyId, String skeleton, long interactions, long accounts, long firstMicros,
                          long lastMicros, long caseInteractions, long caseAccounts) {
}
