package io.hydrascope.scenario.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The scenarios that ship inside the jar, as ordinary scenario files under {@code presets/}. */
public final class Presets {
    public static final String TEACHING = "teaching";
    public static final String PUBLIC_REPORTS = "public-reports";
    public static final String HARD = "hard";
    /** The preset used when neither a preset nor a scenario file is given. */
    public static final String DEFAULT = PUBLIC_REPORTS;
    public static final List<String> NAMES = List.of(TEACHING, PUBLIC_REPORTS, HARD);

    private final ScenarioLoader loader;

    public Presets(ScenarioLoader loader) {
        this.loader = loader;
    }

    /** The preset's recipe (unresolved); throws {@link ScenarioException} for an unknown name. */
    public Scenario load(String name) {
        String source = "preset " + name;
        if (!NAMES.contains(name)) {
            throw new ScenarioException(source, List.of("is unknown (presets: " + String.join(", ", NAMES) + ")"));
        }
        String resource = "/io/hydrascope/scenario/presets/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return loader.read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
