package io.hydrascope.scenario.sim;

import java.util.List;

/**
 * One population or campaign. The generator asks every source, in scenario order, for the conversations that start
 * in each slice; each source draws from its own random generator, so the output depends only on the recipe.
 */
public interface TrafficSource {
    /** The population or campaign id. */
    String id();

    List<SimAccount> accounts();

    /** Called once before the first slice, to spread the source's volume over the slices. */
    void prepare(SliceGrid grid);

    /** Adds the rows of every conversation that starts in {@code slice}. */
    void emit(int slice, SliceBuffer out);
}
