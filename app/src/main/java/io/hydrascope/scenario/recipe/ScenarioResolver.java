package io.hydrascope.scenario.recipe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a (possibly partial) recipe into the complete one the generator runs: applies the seed and size given on
 * the command line, fills every absent field from the kind or archetype defaults, scales account counts and proxy
 * pools with the requested size, and gives each rotating-proxy campaign without a pool a private one. The result,
 * written to {@code scenario.json}, regenerates the same files when fed back with no overrides.
 */
public final class ScenarioResolver {
    public static final Instant DEFAULT_START = Instant.parse("2026-02-02T00:00:00Z");
    public static final int DEFAULT_DAYS = 14;
    public static final long DEFAULT_INTERACTIONS = 100_000;
    public static final long DEFAULT_SEED = 1;

    private final ScenarioValidator validator = new ScenarioValidator();

    /**
     * @param seed overrides the recipe's seed when not null
     * @param interactions overrides the recipe's size when not null; accounts that scale grow or shrink with it
     * @param source names the recipe in error messages
     */
    public Scenario resolve(Scenario raw, Long seed, Long interactions, String source) {
        List<String> rawProblems = validator.problems(raw);
        if (!rawProblems.isEmpty()) {
            throw new ScenarioException(source, rawProblems);
        }
        long nominal = raw.interactions() != null ? raw.interactions() : DEFAULT_INTERACTIONS;
        long total = interactions != null ? interactions : nominal;
        double factor = (double) total / nominal;
        Instant start = raw.start() != null ? raw.start() : DEFAULT_START;
        int days = raw.days() != null ? raw.days() : DEFAULT_DAYS;
        List<ProxyPoolSpec> pools = new ArrayList<>();
        for (ProxyPoolSpec pool : nullToEmpty(raw.proxyPools())) {
            pools.add(new ProxyPoolSpec(pool.id(), Defaults.or(pool.kind(), "residential"),
                    scale(Defaults.or(pool.ips(), 1000), factor, 16), Defaults.or(pool.ipv6Share(), 0.1)));
        }
        List<PopulationSpec> populations = new ArrayList<>();
        for (PopulationSpec p : nullToEmpty(raw.populations())) {
            PopulationSpec full = p.orDefaults(PopulationKinds.defaults(p.kind(), p.id()));
            populations.add(full.scaleAccounts() ? full.withAccounts(scale(full.accounts(), factor, 1)) : full);
        }
        List<CampaignSpec> campaigns = new ArrayList<>();
        for (CampaignSpec c : nullToEmpty(raw.campaigns())) {
            CampaignSpec full = c.orDefaults(Archetypes.defaults(c.archetype()));
            if (full.scaleAccounts()) {
                full = full.withAccounts(scale(full.accounts(), factor, 1));
            }
            campaigns.add(withPool(full, pools));
        }
        Scenario resolved = new Scenario(Defaults.or(raw.name(), "custom"), Defaults.or(raw.description(), ""),
                seed != null ? seed : Defaults.or(raw.seed(), DEFAULT_SEED), start, days, total,
                models(raw.models(), start, days), pools, populations, campaigns);
        List<String> problems = validator.problems(resolved);
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return resolved;
    }

    private static ModelLaunch models(ModelLaunch m, Instant start, int days) {
        Instant defaultLaunch = start.plus(Duration.ofDays(days / 2)).plus(Duration.ofHours(17));
        if (m == null) {
            return new ModelLaunch("atlas-3", "atlas-4", defaultLaunch);
        }
        return new ModelLaunch(Defaults.or(m.oldModel(), "atlas-3"), Defaults.or(m.newModel(), "atlas-4"),
                Defaults.or(m.launch(), defaultLaunch));
    }

    /** A rotating-proxy campaign without a named pool gets its own, sized to its accounts. */
    private static CampaignSpec withPool(CampaignSpec c, List<ProxyPoolSpec> pools) {
        NetworkSpec n = c.network();
        if (!"rotating-proxy".equals(n.mode()) || n.pool() != null) {
            return c;
        }
        String poolId = c.id() + "-exits";
        if (pools.stream().noneMatch(p -> p.id().equals(poolId))) {
            int size = (int) Math.min(200_000, Math.max(200, c.accounts() * 5L));
            pools.add(new ProxyPoolSpec(poolId, "residential", size, n.ipv6Share()));
        }
        NetworkSpec withPool = new NetworkSpec(n.mode(), poolId, n.subnets(), n.ipsPerAccount(), n.ipv6Share());
        return new CampaignSpec(c.id(), c.archetype(), c.description(), c.accounts(), c.share(), c.scaleAccounts(),
                c.volumeSkew(), c.capabilities(), c.cotShare(), c.cover(), withPool, c.payment(), c.email(),
                c.creation(), c.userAgents(), c.userAgentNoise(), c.timing(), c.conversation(), c.modelSwitch(),
                c.errorRate(), c.rateLimitedRate());
    }

    private static int scale(int count, double factor, int min) {
        return (int) Math.max(min, Math.min(10_000_000L, Math.round(count * factor)));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
