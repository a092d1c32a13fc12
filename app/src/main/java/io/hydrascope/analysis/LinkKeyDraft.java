package io.hydrascope.analysis;

/** A link key before it is stored: its kind, value, member accounts (with uses) and evidence weight. */
record LinkKeyDraft(String kind, String value, int[] accounts, long[] uses, double weight) {
    int size() {
        return accounts.length;
    }
}
