package io.hydrascope.ui.cases;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the native files (accounts, labels, interactions) of a synthetic scenario, reproducible by seed, for
 * "New demo case". Implemented over the scenario generator; {@link #presets()} is empty when none is available.
 * Runs on a background thread.
 */
public interface DemoCaseGenerator {
    List<String> presets();

    void generate(String preset, long seed, Path folder, ProgressListener progress, CancellationToken cancel);

    /** The generator of a build without the scenario package. */
    DemoCaseGenerator NONE = new DemoCaseGenerator() {
        @Override
        public List<String> presets() {
            return List.of();
        }

        @Override
        public void generate(String preset, long seed, Path folder, ProgressListener progress,
                             CancellationToken cancel) {
            throw new IllegalStateException("no scenario generator in this build");
        }
    };
}
