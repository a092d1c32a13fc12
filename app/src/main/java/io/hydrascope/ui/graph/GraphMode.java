package io.hydrascope.ui.graph;

/** Whether the graph page shows every cluster from above or the accounts and keys of one cluster. */
public enum GraphMode { OVERVIEW, CLUSTER }
