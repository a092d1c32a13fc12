package io.hydrascope.ui.core;

import java.util.List;

/**
 * A set of accounts looked at together: a cluster from an analysis run, or an ad-hoc group (accounts sharing an IP,
 * a pasted list). The swim-lane timeline works with any of them.
 *
 * @param id stable id (a cluster id, or a description of how the group was made)
 * @param title what the header shows
 * @param accountIds the accounts, in the order lanes are drawn
 * @param detail what ties the accounts together, shown under the header (e.g. the shared IPs); may be empty
 */
public record ClusterSelection(String id, String title, List<String> accountIds, String detail) {
    public ClusterSelection {
        accountIds = List.copyOf(accountIds);
        detail = detail == null ? "" : detail;
    }

    public ClusterSelection(String id, String title, List<String> accountIds) {
        this(id, title, accountIds, "");
    }
}
