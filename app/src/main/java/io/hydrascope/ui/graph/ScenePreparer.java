package io.hydrascope.ui.graph;

import io.hydrascope.model.CancellationToken;

/**
 * Turns a scene into what the view draws, on the reader thread that built the scene, so nothing heavy is left for
 * the FX thread (the window's graph page now has nothing to add here: its picture depends on the window size and is
 * rendered on its own render thread).
 */
@FunctionalInterface
public interface ScenePreparer {
    ScenePreparer NONE = (scene, cancel) -> scene;

    Object prepare(GraphScene scene, CancellationToken cancel);
}
