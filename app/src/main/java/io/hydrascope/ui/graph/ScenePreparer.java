package io.hydrascope.ui.graph;

import io.hydrascope.model.CancellationToken;

/**
 * Turns a scene into what the view draws, on the reader thread that built the scene, so nothing heavy is left for
 * the FX thread (the window builds GraphStream's graphic graph here; view model tests keep the scene as it is).
 */
@FunctionalInterface
public interface ScenePreparer {
    ScenePreparer NONE = (scene, cancel) -> scene;

    Object prepare(GraphScene scene, CancellationToken cancel);
}
