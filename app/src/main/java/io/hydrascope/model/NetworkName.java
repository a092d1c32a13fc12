package io.hydrascope.model;

/**
 * What a cluster of the analysis is called wherever a person reads it, in the window and in reports: "Network 3",
 * flagged or not (the flag and the risk say which). Machine-read outputs keep their {@code cluster_id} columns.
 */
public final class NetworkName {
    private NetworkName() {
    }

    /** "Network 3". */
    public static String of(long clusterId) {
        return "Network " + clusterId;
    }

    /** "Network 3" for a cluster id as text; anything that is not a number is returned as it is. */
    public static String of(String clusterId) {
        if (clusterId == null) {
            return "";
        }
        try {
            return of(Long.parseLong(clusterId.strip()));
        } catch (NumberFormatException e) {
            return clusterId;
        }
    }
}
