package io.hydrascope.analysis.graph;

/**
 * One node of a cluster picture: an account ({@code kind} {@link #ACCOUNT}) or a shared key that links accounts
 * ({@code kind} is the link key's kind: ip, subnet, payment, user_agent, template, ...). {@code x} and {@code y}
 * are layout coordinates, normalised to [0, 1]. {@code degree} counts the node's edges in this picture.
 */
public record GraphNode(String id, String kind, String label, boolean flagged, double risk, int degree, double x,
                        double y) {
    public static final String ACCOUNT = "account";

    public boolean isAccount() {
        return ACCOUNT.equals(kind);
    }
}
