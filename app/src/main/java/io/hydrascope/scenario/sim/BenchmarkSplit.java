package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.PopulationSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a population that runs benchmark suites splits its traffic: the benchmark items, and conversations of its
 * staff's own chat on the other topics (null topics when there are none).
 */
record BenchmarkSplit(double benchmarkItems, double chatConversations, WeightedChoice<String> chatTopics) {
    static BenchmarkSplit of(PopulationSpec spec, double interactions, TurnPlan turns) {
        Map<String, Double> others = new LinkedHashMap<>(spec.topics());
        Double bench = others.remove("benchmark");
        double total = spec.topics().values().stream().mapToDouble(Double::doubleValue).sum();
        double benchShare = bench == null ? 0 : bench / total;
        return new BenchmarkSplit(interactions * benchShare, interactions * (1 - benchShare) / turns.meanTurns(),
                others.values().stream().anyMatch(w -> w > 0) ? new WeightedChoice<>(others) : null);
    }
}
