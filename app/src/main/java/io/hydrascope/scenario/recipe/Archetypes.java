package io.hydrascope.scenario.recipe;

import io.hydrascope.scenario.infra.UserAgents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign archetypes modelled on the public reports (and the careful operator they warn of), as complete default
 * recipes. A scenario file names an archetype and overrides only what it wants to change.
 */
public final class Archetypes {
    public static final String REASONING_ALIGNMENT = "reasoning-alignment";
    public static final String AGENTIC_MULTIMODAL = "agentic-multimodal";
    public static final String AGENTIC_CODING = "agentic-coding";
    public static final String LOW_AND_SLOW = "low-and-slow";
    public static final String CONTENT_ONLY = "content-only";

    /** Archetype names, in the order they are documented. */
    public static final List<String> NAMES = List.of(REASONING_ALIGNMENT, AGENTIC_MULTIMODAL, AGENTIC_CODING,
            LOW_AND_SLOW, CONTENT_ONLY);

    /** An outdated browser build every low-and-slow account sends: individually unremarkable, shared exactly. */
    static final String STALE_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36";

    private Archetypes() {
    }

    /** The full default recipe of an archetype; throws for an unknown name (validated before). */
    public static CampaignSpec defaults(String archetype) {
        return switch (archetype) {
            case REASONING_ALIGNMENT -> reasoningAlignment();
            case AGENTIC_MULTIMODAL -> agenticMultimodal();
            case AGENTIC_CODING -> agenticCoding();
            case LOW_AND_SLOW -> lowAndSlow();
            case CONTENT_ONLY -> contentOnly();
            default -> throw new IllegalArgumentException("unknown archetype " + archetype);
        };
    }

    /** Logic and alignment: few accounts on datacenter subnets, chain-of-thought, rubric grading, operator shifts. */
    private static CampaignSpec reasoningAlignment() {
        return new CampaignSpec(null, REASONING_ALIGNMENT,
                "Logic and alignment: chain-of-thought elicitation, rubric grading, censorship-safe rewrites",
                60, 0.02, true, 0.6,
                weights("reasoning", 0.45, "alignment-policy", 0.45, "coding", 0.10), 0.7, null,
                new NetworkSpec("datacenter", null, 3, 2, 0.05),
                new PaymentSpec(4, 0.8), new EmailSpec(0.75, null),
                new CreationSpec(3, 40.0, 0.85, 12.0, null),
                List.of("atlas-python/1.50.3", "python-requests/2.31.0"), 0.08,
                new TimingSpec("steady", null, null, 0.35, List.of(1, 15)),
                new ConversationSpec(0.92, 3, 20.0),
                new ModelSwitchSpec(30.0, 24.0, 24.0, 0.3, 0.2), 0.01, 0.02);
    }

    /** Agentic, tool use, computer use, vision: a rotating residential proxy network, waves, short-lived accounts. */
    private static CampaignSpec agenticMultimodal() {
        return new CampaignSpec(null, AGENTIC_MULTIMODAL,
                "Agentic reasoning, tool use, computer use, vision and data analysis through a residential "
                        + "proxy network in orchestrated waves",
                260, 0.12, true, 0.8,
                weights("tool-use", 0.30, "agentic-planning", 0.15, "computer-use", 0.15, "vision", 0.15,
                        "data-analysis", 0.15, "coding", 0.10), 0.3, null,
                new NetworkSpec("rotating-proxy", null, null, null, 0.15),
                new PaymentSpec(12, 0.7), new EmailSpec(0.6, null),
                new CreationSpec(6, 30.0, 0.8, 20.0, 9.0),
                List.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                + "Chrome/131.0.0.0 Safari/537.36",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                                + "Chrome/131.0.0.0 Safari/537.36",
                        "atlas-python/1.51.0"), 0.1,
                new TimingSpec("waves", 20.0, 4.0, 0.1, null),
                new ConversationSpec(0.55, 6, 6.0),
                new ModelSwitchSpec(12.0, 36.0, 48.0, 0.25, 0.25), 0.015, 0.03);
    }

    /** Agentic coding at volume: load-balanced lockstep on datacenter subnets, half to the new model in a day. */
    private static CampaignSpec agenticCoding() {
        return new CampaignSpec(null, AGENTIC_CODING,
                "Agentic coding, tool use and orchestration at high volume; moves about half its traffic to the "
                        + "new model within a day of launch",
                140, 0.27, true, 0.5,
                weights("coding", 0.45, "orchestration", 0.25, "tool-use", 0.20, "agentic-planning", 0.10),
                0.25, null,
                new NetworkSpec("datacenter", null, 5, 3, 0.1),
                new PaymentSpec(6, 0.9), new EmailSpec(0.8, null),
                new CreationSpec(4, 20.0, 0.9, 25.0, null),
                List.of("atlas-node/4.60.0"), 0.05,
                new TimingSpec("round-robin", null, null, 0.15, null),
                new ConversationSpec(0.7, 5, 4.0),
                new ModelSwitchSpec(2.0, 4.0, 4.0, 0.48, 0.3), 0.01, 0.05);
    }

    /** Ordinary-looking accounts with one clean address each, tied by cards, creation bursts, templates and cron. */
    private static CampaignSpec lowAndSlow() {
        return new CampaignSpec(null, LOW_AND_SLOW,
                "Many light accounts that each look like an ordinary user, tied together by payment "
                        + "fingerprints, creation bursts, templates and scheduler timing",
                200, 0.045, true, 0.25,
                weights("reasoning", 0.5, "coding", 0.3, "alignment-policy", 0.2), 0.6, null,
                new NetworkSpec("clean-residential", null, null, null, 0.1),
                new PaymentSpec(8, 0.75), new EmailSpec(0.15, null),
                new CreationSpec(5, 15.0, 0.8, 40.0, null),
                List.of(STALE_CHROME), 0.2,
                new TimingSpec("scheduler", null, null, 0.7, List.of(6, 22)),
                new ConversationSpec(0.85, 3, 45.0),
                new ModelSwitchSpec(20.0, 6.0, 6.0, 0.6, 0.2), 0.005, 0.0);
    }

    /**
     * A careful operator that leaves no infrastructure, payment, sign-up or timing trace: every account has its own
     * card, mainstream mail, home address and browser, keeps its owner's day and night, was opened months ago and
     * chats about ordinary things half the time. Only the harvesting prompts link the accounts: one bank of task
     * templates filled from one small vocabulary, one turn each.
     */
    private static CampaignSpec contentOnly() {
        return new CampaignSpec(null, CONTENT_ONLY,
                "Agentic-coding and tool-use harvesting by accounts that each look like one person; linked only by "
                        + "the operator's task templates and their small vocabulary",
                200, 0.075, true, 0.6,
                weights("task-bank-coding", 0.6, "task-bank-tool-use", 0.4), 0.15,
                new CoverSpec(0.5, weights("chat", 0.85, "dev-help", 0.1, "data-help", 0.05)),
                new NetworkSpec("clean-residential", null, null, null, 0.12),
                new PaymentSpec(0, 0.0), new EmailSpec(0.0, null),
                new CreationSpec(1, 60.0, 0.0, 120.0, null),
                UserAgents.browsers(), 0.1,
                null,
                new ConversationSpec(1.0, 1, 30.0),
                new ModelSwitchSpec(8.0, 96.0, 24.0, 0.5, 0.3), 0.003, 0.002);
    }

    static Map<String, Double> weights(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
