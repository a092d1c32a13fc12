package io.hydrascope.scenario.recipe;

import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.text.PromptPools;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a scenario recipe for values that make no sense. Works on partial recipes (absent fields are not checked,
 * they get defaults) and on resolved ones (where cross-field checks such as the launch time apply).
 */
public final class ScenarioValidator {
    static final List<String> POOL_KINDS = List.of("residential", "datacenter");
    static final List<String> NETWORK_MODES = List.of("datacenter", "rotating-proxy", "clean-residential");
    static final List<String> TIMING_MODES = List.of("steady", "waves", "round-robin", "scheduler");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Every problem found, as "path message"; empty when the recipe is usable. */
    public List<String> problems(Scenario s) {
        Problems p = new Problems();
        p.notBlank("name", s.name());
        p.range("days", s.days(), 1, 366);
        p.range("interactions", s.interactions(), 1, 2_000_000_000L);
        checkModels(p, s);
        Set<String> poolIds = new HashSet<>();
        List<ProxyPoolSpec> pools = s.proxyPools() == null ? List.of() : s.proxyPools();
        for (int i = 0; i < pools.size(); i++) {
            checkPool(p, "proxyPools[" + i + "]", pools.get(i), poolIds);
        }
        Set<String> ids = new HashSet<>();
        List<PopulationSpec> populations = s.populations() == null ? List.of() : s.populations();
        for (int i = 0; i < populations.size(); i++) {
            new PopulationChecks(p, "populations[" + i + "]", poolIds).check(populations.get(i), ids);
        }
        List<CampaignSpec> campaigns = s.campaigns() == null ? List.of() : s.campaigns();
        for (int i = 0; i < campaigns.size(); i++) {
            checkCampaign(p, "campaigns[" + i + "]", campaigns.get(i), ids, poolIds);
        }
        if (populations.isEmpty() && campaigns.isEmpty()) {
            p.add("populations", "and campaigns are both empty: nothing to generate");
        }
        return p.lines();
    }

    private static void checkModels(Problems p, Scenario s) {
        ModelLaunch m = s.models();
        if (m == null) {
            return;
        }
        p.notBlank("models.oldModel", m.oldModel());
        p.notBlank("models.newModel", m.newModel());
        if (m.oldModel() != null && m.oldModel().equals(m.newModel())) {
            p.add("models.newModel", "must differ from models.oldModel");
        }
        if (m.launch() != null && s.start() != null && s.days() != null && s.days() > 0
                && (m.launch().isBefore(s.start()) || !m.launch().isBefore(s.end()))) {
            p.add("models.launch", "must lie inside the window " + s.start() + " .. " + s.end());
        }
    }

    private static void checkPool(Problems p, String path, ProxyPoolSpec pool, Set<String> poolIds) {
        if (pool == null) {
            p.add(path, "must be an object");
            return;
        }
        checkId(p, path + ".id", pool.id(), poolIds);
        p.oneOf(path + ".kind", pool.kind(), POOL_KINDS);
        p.range(path + ".ips", pool.ips(), 1, 1_000_000);
        p.fraction(path + ".ipv6Share", pool.ipv6Share());
    }

    static void checkId(Problems p, String path, String id, Set<String> seen) {
        if (id == null) {
            p.add(path, "is required");
        } else if (!ID.matcher(id).matches()) {
            p.add(path, "must be 1-64 letters, digits, '.', '_' or '-' (not \"" + id + "\")");
        } else if (!seen.add(id)) {
            p.add(path, "\"" + id + "\" is used twice");
        }
    }

    private static void checkCampaign(Problems p, String path, CampaignSpec c, Set<String> ids,
            Set<String> poolIds) {
        if (c == null) {
            p.add(path, "must be an object");
            return;
        }
        checkId(p, path + ".id", c.id(), ids);
        p.required(path + ".archetype", c.archetype());
        p.oneOf(path + ".archetype", c.archetype(), Archetypes.NAMES);
        p.range(path + ".accounts", c.accounts(), 1, 10_000_000);
        p.positive(path + ".share", c.share());
        p.range(path + ".volumeSkew", c.volumeSkew(), 0, 3);
        p.weights(path + ".capabilities", c.capabilities(), PromptPools.NAMES);
        p.fraction(path + ".cotShare", c.cotShare());
        p.fraction(path + ".userAgentNoise", c.userAgentNoise());
        if (c.userAgents() != null && c.userAgents().stream().anyMatch(ua -> ua == null || ua.isBlank())) {
            p.add(path + ".userAgents", "must not contain blank entries");
        }
        p.fraction(path + ".errorRate", c.errorRate());
        p.fraction(path + ".rateLimitedRate", c.rateLimitedRate());
        if (c.errorRate() != null && c.rateLimitedRate() != null && c.errorRate() + c.rateLimitedRate() >= 1) {
            p.add(path + ".errorRate", "plus rateLimitedRate must be < 1");
        }
        checkArchetypeParts(p, path, c);
        new CampaignPartChecks(p, path, poolIds).check(c);
    }

    /** A content-only campaign keeps its owners' hours instead of a timing mode, and only it has cover traffic. */
    private static void checkArchetypeParts(Problems p, String path, CampaignSpec c) {
        boolean contentOnly = Archetypes.CONTENT_ONLY.equals(c.archetype());
        if (contentOnly && c.timing() != null) {
            p.add(path + ".timing", "does not apply to archetype " + Archetypes.CONTENT_ONLY
                    + " (its accounts keep their owners' day and night)");
        }
        if (c.cover() == null) {
            return;
        }
        if (!contentOnly && c.archetype() != null) {
            p.add(path + ".cover", "only applies to archetype " + Archetypes.CONTENT_ONLY);
        }
        p.fraction(path + ".cover.share", c.cover().share());
        p.weights(path + ".cover.topics", c.cover().topics(), PromptPools.NAMES);
    }

    /** The checks of one population entry, with the fields that apply to each kind. */
    private record PopulationChecks(Problems p, String path, Set<String> poolIds) {
        void check(PopulationSpec s, Set<String> ids) {
            if (s == null) {
                p.add(path, "must be an object");
                return;
            }
            checkId(p, path + ".id", s.id(), ids);
            p.required(path + ".kind", s.kind());
            p.oneOf(path + ".kind", s.kind(), PopulationKinds.NAMES);
            p.range(path + ".accounts", s.accounts(), 1, 10_000_000);
            p.positive(path + ".share", s.share());
            p.weights(path + ".topics", s.topics(), PromptPools.NAMES);
            p.weights(path + ".countries", s.countries(), Countries.codes());
            adoption(s.adoption());
            p.range(path + ".ips", s.ips(), 1, 65_000);
            p.range(path + ".volumeSkew", s.volumeSkew(), 1.05, 10);
            p.fraction(path + ".proxyShare", s.proxyShare());
            p.fraction(path + ".ipv6Share", s.ipv6Share());
            p.notBlank(path + ".orgId", s.orgId());
            p.notBlank(path + ".emailDomain", s.emailDomain());
            p.notBlank(path + ".userAgent", s.userAgent());
            if (s.proxyPool() != null && !poolIds.contains(s.proxyPool())) {
                p.add(path + ".proxyPool", "\"" + s.proxyPool() + "\" is not one of the proxyPools ids");
            }
            checkApplicable(s);
        }

        private void adoption(AdoptionSpec a) {
            if (a != null) {
                p.atLeast(path + ".adoption.medianHours", a.medianHours(), 0);
                p.range(path + ".adoption.sigma", a.sigma(), 0, 5);
                p.fraction(path + ".adoption.neverShare", a.neverShare());
                p.fraction(path + ".adoption.newShare", a.newShare());
            }
        }

        private void checkApplicable(PopulationSpec s) {
            if (s.kind() == null || !PopulationKinds.NAMES.contains(s.kind())) {
                return;
            }
            Set<String> allowed = PopulationKinds.fieldsOf(s.kind());
            Object[] values = {s.orgId(), s.emailDomain(), s.userAgent(), s.ips(), s.volumeSkew(), s.proxyPool(),
                s.proxyShare(), s.ipv6Share()};
            for (int i = 0; i < values.length; i++) {
                String name = PopulationKinds.KIND_FIELDS.get(i);
                if (values[i] != null && !allowed.contains(name)) {
                    p.add(path + "." + name, "does not apply to kind " + s.kind());
                }
            }
        }
    }
}
