package io.hydrascope.ui.shell;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * One page of the workbench: a tab of the shell, reachable from the View menu with its accelerator. New views
 * (graph, topics, annotations) join the shell by adding a page; navigation goes through the workspace's active page.
 */
public record WorkbenchPage(String id, String title, KeyCombination accelerator, Node view) {
}
