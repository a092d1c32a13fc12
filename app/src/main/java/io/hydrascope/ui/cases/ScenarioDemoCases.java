package io.hydrascope.ui.cases;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.ScenarioGenerator;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.ScenarioLoader;
import io.hydrascope.scenario.recipe.ScenarioResolver;
import io.hydrascope.scenario.text.PromptLibrary;
import java.nio.file.Path;
import java.util.List;

/** "New demo case" over the scenario generator: the built-in presets, reproducible by seed. */
public final class ScenarioDemoCases implements DemoCaseGenerator {
    @Override
    public List<String> presets() {
        return Presets.NAMES;
    }

    @Override
    public void generate(String preset, long seed, Path folder, ProgressListener progress, CancellationToken cancel) {
        var scenario = new ScenarioResolver().resolve(new Presets(new ScenarioLoader()).load(preset), seed, null,
                "preset " + preset);
        try {
            new ScenarioGenerator(PromptLibrary.standard()).writeFiles(scenario, folder, progress, cancel);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(folder + ": cannot write the demo files: " + e.getMessage(), e);
        }
    }
}
