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
    public static final String AGENT_USERS = "agent-users";
    public static final String UNIVERSITY_CLASS = "university-class";
    public static final String EVAL_VENDOR = "eval-vendor";
    public static final String VIRAL_PROMPT = "viral-prompt";

    public static final List<String> NAMES = List.of(ORDINARY, ORGANISATION, SAAS_INTEGRATOR, RESEARCH_GROUP,
            AGENT_USERS, UNIVERSITY_CLASS, EVAL_VENDOR, VIRAL_PROMPT);

    /** The fields that only some kinds have; every kind has the others. */
    static final List<String> KIND_FIELDS = List.of("orgId", "emailDomain", "userAgent", "ips", "volumeSkew",
            "proxyPool", "proxyShare", "ipv6Share");
    /** Fields of people spread over home connections (ordinary users and those who share a prompt). */
    private static final Set<String> PEOPLE = Set.of("volumeSkew", "proxyPool", "proxyShare", "ipv6Share");
    /** Fields of populations at one site (organisation, SaaS, research group, evaluation vendor). */
    private static final Set<String> SITE = Set.of("orgId", "emailDomain", "userAgent", "ips");
    /** Fields of a class: the university's domain and campus NAT; students bring their own browsers. */
    private static final Set<String> CLASS = Set.of("orgId", "emailDomain", "ips");
    /** Fields of an agent's users: home connections, and the one client string the agent sends. */
    private static final Set<String> AGENT = Set.of("userAgent", "volumeSkew", "ipv6Share");

    /** Where ordinary users are, roughly in proportion to a global chat service's audience. */
    static final Map<String, Double> WORLD = Archetypes.weights("US", 0.24, "IN", 0.08, "GB", 0.05,
            "DE", 0.05, "BR", 0.05, "FR", 0.04, "CA", 0.03, "JP", 0.04, "KR", 0.03, "ES", 0.03, "MX", 0.03,
            "AU", 0.02, "IT", 0.02, "NL", 0.02, "PL", 0.02, "ID", 0.03, "PH", 0.02, "NG", 0.02, "TR", 0.02,
            "VN", 0.02, "SG", 0.01, "SE", 0.01, "ZA", 0.01, "AR", 0.01, "EG", 0.01, "TW", 0.01, "UA", 0.01,
            "CN", 0.01, "HK", 0.01, "IE", 0.01);

    private PopulationKinds() {
    }

    /** Which of {@link #KIND_FIELDS} a kind has (empty for an unknown kind). */
    static Set<String> fieldsOf(String kind) {
        return switch (kind) {
            case ORDINARY, VIRAL_PROMPT -> PEOPLE;
            case ORGANISATION, SAAS_INTEGRATOR, RESEARCH_GROUP, EVAL_VENDOR -> SITE;
            case UNIVERSITY_CLASS -> CLASS;
            case AGENT_USERS -> AGENT;
            default -> Set.of();
        };
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
            default -> crowd(kind, id, slug);
        };
    }

    /** The crowds that share prompt text with each other (and with a content-only campaign) in good faith. */
    private static PopulationSpec crowd(String kind, String id, String slug) {
        return switch (kind) {
            case AGENT_USERS -> new PopulationSpec(id, kind,
                    "Users of one open-source coding agent: the same long system prompt and tool schema in every "
                            + "request, each on their own repository, files and tasks, in multi-turn agent loops",
                    500, 0.12, true, Archetypes.weights("agent-session", 1.0), WORLD,
                    new AdoptionSpec(20.0, 1.2, 0.15, 0.9), null, null, "kiln-agent/0.42.1", null, 1.25, null,
                    null, 0.12);
            case UNIVERSITY_CLASS -> new PopulationSpec(id, kind,
                    "A university class: one sign-up burst, one .edu domain, one campus NAT, the same homework in "
                            + "the same lab hours; multi-turn with corrections, low volume each",
                    120, 0.015, true, Archetypes.weights("course-homework", 0.85, "chat", 0.15),
                    Archetypes.weights("US", 1.0), new AdoptionSpec(96.0, 1.0, 0.4, 0.8),
                    null, slug + ".edu", null, 1, null, null, null, null);
            case EVAL_VENDOR -> new PopulationSpec(id, kind,
                    "A declared evaluation vendor: one organisation and invoice, nightly benchmark runs in lockstep, "
                            + "on the new model the day it launches",
                    6, 0.07, false, Archetypes.weights("benchmark", 1.0), Archetypes.weights("US", 1.0),
                    new AdoptionSpec(1.5, 0.0, 0.0, 0.5), "org_" + slug, slug + ".ai",
                    "evalrunner/5.2.0 atlas-python/1.54.0", 4, null, null, null, null);
            case VIRAL_PROMPT -> new PopulationSpec(id, kind,
                    "Ordinary users who paste the same viral prompt or use the same prompt library",
                    800, 0.15, true, Archetypes.weights("viral-prompts", 0.4, "chat", 0.55, "dev-help", 0.05),
                    WORLD, new AdoptionSpec(60.0, 1.1, 0.25, 0.85), null, null, null, null, 1.3, null, 0.03, 0.12);
            default -> throw new IllegalArgumentException("unknown population kind " + kind);
        };
    }
}
