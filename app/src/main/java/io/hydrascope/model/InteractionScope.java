package io.hydrascope.model;

import java.util.Objects;

/**
 * Whose interactions a breakdown covers: the whole case, one cluster of the latest analysis, or one account.
 *
 * @param kind which of the three
 * @param id the cluster id or the account id; null for the whole case
 */
public record InteractionScope(Kind kind, String id) {
    public enum Kind { CASE, CLUSTER, ACCOUNT }

    public static final InteractionScope CASE = new InteractionScope(Kind.CASE, null);

    public InteractionScope {
        Objects.requireNonNull(kind);
        if ((kind == Kind.CASE) != (id == null)) {
            throw new IllegalArgumentException(kind + " scope needs " + (id == null ? "an id" : "no id"));
        }
    }

    public static InteractionScope cluster(long clusterId) {
        return new InteractionScope(Kind.CLUSTER, Long.toString(clusterId));
    }

    public static InteractionScope account(String accountId) {
        return new InteractionScope(Kind.ACCOUNT, accountId);
    }
}
