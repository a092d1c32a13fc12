package io.hydrascope.scenario.recipe;

import java.util.List;

/** A scenario that cannot be read or makes no sense; the message names the source and every problem found. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ScenarioException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem as "path problem", e.g. {@code campaigns[2].accounts must be > 0}. */
    public List<String> problems() {
        return problems;
    }
}
