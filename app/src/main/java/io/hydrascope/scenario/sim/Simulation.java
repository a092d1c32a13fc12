package io.hydrascope.scenario.sim;

import io.hydrascope.model.Interaction;
import io.hydrascope.scenario.infra.Ids;
import io.hydrascope.scenario.infra.IpSpace;
import io.hydrascope.scenario.recipe.Archetypes;
import io.hydrascope.scenario.recipe.CampaignSpec;
import io.hydrascope.scenario.recipe.PopulationKinds;
import io.hydrascope.scenario.recipe.PopulationSpec;
import io.hydrascope.scenario.recipe.ProxyPoolSpec;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.text.PromptLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A resolved scenario made runnable: every population and campaign with its accounts, and the slices to run them
 * through. Everything random descends from the scenario seed in a fixed order, so a recipe and a seed always give
 * the same rows. Not thread-safe: one thread runs a simulation from the first slice to the last.
 */
public final class Simulation {
    private final List<TrafficSource> sources = new ArrayList<>();
    private final SliceGrid grid;
    private final SliceBuffer buffer;
    private final Ids ids;

    public Simulation(Scenario scenario, PromptLibrary library) {
        SplittableRandom root = new SplittableRandom(scenario.seed());
        long start = scenario.start().toEpochMilli();
        long end = scenario.end().toEpochMilli();
        ids = new Ids(root.split(), scenario.seed());
        IpSpace ips = new IpSpace(root.split());
        ModelChoice models = new ModelChoice(scenario.models());
        Map<String, ProxyPool> pools = new LinkedHashMap<>();
        for (ProxyPoolSpec pool : scenario.proxyPools()) {
            pools.put(pool.id(), new ProxyPool(pool, ips, root.split()));
        }
        SimContext ctx = new SimContext(ids, ips, models, new Exchanges(library), pools, start, end);
        double shares = scenario.populations().stream().mapToDouble(PopulationSpec::share).sum()
                + scenario.campaigns().stream().mapToDouble(CampaignSpec::share).sum();
        double total = scenario.interactions();
        for (PopulationSpec p : scenario.populations()) {
            sources.add(population(p, total * p.share() / shares, ctx, root.split()));
        }
        for (CampaignSpec c : scenario.campaigns()) {
            double interactions = total * c.share() / shares;
            sources.add(Archetypes.CONTENT_ONLY.equals(c.archetype())
                    ? new ContentOnlyCampaign(c, interactions, ctx, root.split())
                    : new Campaign(c, interactions, ctx, root.split()));
        }
        grid = SliceGrid.forVolume(start, end, scenario.interactions());
        buffer = new SliceBuffer(end);
        sources.forEach(s -> s.prepare(grid));
    }

    private static TrafficSource population(PopulationSpec p, double interactions, SimContext ctx,
            SplittableRandom rng) {
        return switch (p.kind()) {
            case PopulationKinds.ORGANISATION -> new Organisation(p, interactions, ctx, rng);
            case PopulationKinds.SAAS_INTEGRATOR -> new SaasIntegrator(p, interactions, ctx, rng);
            case PopulationKinds.RESEARCH_GROUP -> new ResearchGroup(p, interactions, ctx, rng);
            case PopulationKinds.AGENT_USERS -> new AgentUsers(p, interactions, ctx, rng);
            case PopulationKinds.UNIVERSITY_CLASS -> new UniversityClass(p, interactions, ctx, rng);
            case PopulationKinds.EVAL_VENDOR -> new EvalVendor(p, interactions, ctx, rng);
            // ordinary and viral-prompt: people on home connections; the viral prompt is one of their topics
            default -> new OrdinaryUsers(p, interactions, ctx, rng);
        };
    }

    /** Every account, grouped by source in scenario order (sort before writing: order betrays the source). */
    public List<SimAccount> accounts() {
        List<SimAccount> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.accounts()));
        return all;
    }

    /** The population or campaign id of each source, in scenario order, with its accounts. */
    public Map<String, List<SimAccount>> accountsBySource() {
        Map<String, List<SimAccount>> map = new LinkedHashMap<>();
        sources.forEach(s -> map.put(s.id(), s.accounts()));
        return map;
    }

    public int sliceCount() {
        return grid.count();
    }

    public long sliceStart(int slice) {
        return grid.sliceStart(slice);
    }

    /** The rows of one slice in time order, without request ids. Slices must be taken in order. */
    public List<Interaction> slice(int slice) {
        buffer.startSlice(grid.sliceEnd(slice));
        for (TrafficSource source : sources) {
            source.emit(slice, buffer);
        }
        return buffer.drain();
    }

    /** The request id of the n-th row of the whole log; a pure function, safe to call from any thread. */
    public String requestId(long rowIndex) {
        return ids.request(rowIndex);
    }
}
