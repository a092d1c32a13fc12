package io.hydrascope.scenario.recipe;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The benign population kinds with their default recipes, including the hard look-alikes of campaigns. */
public final class PopulationKinds {
    public static final String ORDINARY = "ordinary";
    public static final String ORGANISATION = "organisation";
    public static final String SAAS_INTEGRATOR = "saas-integrator";
    public static final String RESEARCH_GROUP = "research-group";

    public static final List<String> NAMES = List.of(ORDINARY, ORGANISATION, SAAS_INTEGRATOR, RESEARCH_GROUP);

    /** Fields that only an ordinary population has. */
    static final Set<String> ORDINARY_ONLY = Set.of("volumeSkew", "proxyPool", "proxyShare", "ipv6Share");
    /** Fields that only the single-site populations (organisation, SaaS, research) have. */
    static final Set<String> SITE_ONLY = Set.of("orgId", "emailDomain", "userAgent", "ips");

    /** Where ordinary users are, roughly in proportion to a global chat service's audience. */
    static final Map<String, Double> WORLD = Archetypes.weights("US", 0.24, "IN", 0.08, "GB", 0.05,
            "DE", 0.05, "BR", 0.05, "FR", 0.04, "CA", 0.03, "JP", 0.04, "KR", 0.03, "ES", 0.03, "MX", 0.03,
            "AU", 0.02, "IT", 0.02, "NL", 0.02, "PL", 0.02, "ID", 0.03, "PH", 0.02, "NG", 0.02, "TR", 0.02,
            "VN", 0.02, "SG", 0.01, "SE", 0.01, "ZA", 0.01, "AR", 0.01, "EG", 0.01, "TW", 0.01, "UA", 0.01,
            "CN", 0.01, "HK", 0.01, "IE", 0.01);

    private PopulationKinds() {
    }

    /** The full default recipe of a kind; site names derive from the population id so two sites never merge. */
    public static PopulationSpec defaults(String kind, String id) {
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return switch (kind) {
            case ORDINARY -> new PopulationSpec(id, kind, "Ordinary users: varied chat, day/night rhythm, home IPs",
                    2400, 0.34, true, Archetypes.weights("chat", 0.9, "dev-help", 0.07, "data-help", 0.03),
                    WORLD, new AdoptionSpec(60.0, 1.1, 0.25, 0.85), null, null, null, null, 1.3, null, 0.03, 0.12);
            case ORGANISATION -> new PopulationSpec(id, kind,
                    "A company behind one NAT with one card, one domain and one IDE plug-in, coding in office hours",
                    220, 0.09, true, Archetypes.weights("dev-help", 0.85, "chat", 0.15),
                    Archetypes.weights("DE", 1.0), new AdoptionSpec(44.0, 0.15, 0.05, 1.0),
                    "org_" + slug, slug + ".com",
                    "AtlasCode-JetBrains/2.4.1 (IntelliJ IDEA 2025.3; Windows 11)", 1, null, null, null, null);
            case SAAS_INTEGRATOR -> new PopulationSpec(id, kind,
                    "A SaaS product relaying its end users' questions from a few datacenter IPs at high volume",
                    4, 0.09, false, Archetypes.weights("support-relay", 0.6, "chat", 0.4),
                    Archetypes.weights("US", 1.0), new AdoptionSpec(70.0, 0.1, 0.0, 1.0),
                    "org_" + slug, slug + ".io", "Relay/3.8.2 atlas-python/1.52.0", 6, null, null, null, null);
            case RESEARCH_GROUP -> new PopulationSpec(id, kind,
                    "A university group running benchmark suites with step-by-step prompts",
                    10, 0.03, false, Archetypes.weights("benchmark", 0.85, "chat", 0.15),
                    Archetypes.weights("GB", 1.0), new AdoptionSpec(4.0, 0.8, 0.0, 0.5),
                    "org_" + slug, slug + ".ac.uk", "lm-eval-harness/0.4.7 atlas-python/1.52.0", 12,
                    null, null, null, null);
            default -> throw new IllegalArgumentException("unknown population kind " + kind);
        };
    }
}
