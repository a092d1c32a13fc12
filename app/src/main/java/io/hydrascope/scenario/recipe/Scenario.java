package io.hydrascope.scenario.recipe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A scenario recipe: the window, the model launch, shared infrastructure, benign populations and campaigns. As read
 * from a file it may leave fields out; {@link ScenarioResolver} fills them in. The {@code generated} block that
 * {@code scenario.json} carries is output only and ignored on reading.
 *
 * @param interactions approximate total number of interactions
 * @param days length of the window starting at {@code start}
 */
@JsonIgnoreProperties({"generated"})
public record Scenario(
        String name,
        String description,
        Long seed,
        Instant start,
        Integer days,
        Long interactions,
        ModelLaunch models,
        List<ProxyPoolSpec> proxyPools,
        List<PopulationSpec> populations,
        List<CampaignSpec> campaigns) {

    public Instant end() {
        return start.plus(Duration.ofDays(days));
    }

    public Scenario with(Long newSeed, Long newInteractions, List<PopulationSpec> newPopulations,
            List<CampaignSpec> newCampaigns) {
        return new Scenario(name, description, newSeed, start, days, newInteractions, models, proxyPools,
                newPopulations, newCampaigns);
    }
}
