package io.hydrascope.ui.core;

/** Ids of the workbench pages, used to navigate between them through {@link WorkspaceState#activePageProperty()}. */
public final class Pages {
    public static final String OVERVIEW = "overview";
    public static final String ACCOUNT = "account";
    public static final String CLUSTER = "cluster";
    public static final String GRAPH = "graph";
    public static final String TOPICS = "topics";
    public static final String SEARCH = "search";
    public static final String EVIDENCE = "evidence";

    private Pages() {
    }
}
