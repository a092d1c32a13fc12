package io.hydrascope.ui.core;

import java.util.Objects;

/**
 * Defers a page's reloads while another page is in front: a change then only marks the page stale, and it reloads
 * once when it is shown. Keeps full-case counts off the reader threads while the analyst works elsewhere (opening
 * a case would otherwise count topics for a page nobody looks at). FX thread only.
 */
public final class PageGate {
    private final WorkspaceState workspace;
    private final String page;
    private final Runnable load;
    private boolean stale;

    public PageGate(WorkspaceState workspace, String page, Runnable load) {
        this.workspace = workspace;
        this.page = page;
        this.load = load;
        workspace.activePageProperty().addListener((o, a, b) -> {
            if (stale && isShown()) {
                stale = false;
                load.run();
            }
        });
    }

    /** Reloads now if the page is in front, else when it comes to the front. */
    public void request() {
        if (isShown()) {
            stale = false;
            load.run();
        } else {
            stale = true;
        }
    }

    /** Runs a partial reload now if the page is in front; otherwise the whole page reloads when it is shown. */
    public void partial(Runnable partialLoad) {
        if (isShown()) {
            partialLoad.run();
        } else {
            stale = true;
        }
    }

    public boolean isShown() {
        return Objects.equals(workspace.activePageProperty().get(), page);
    }
}
