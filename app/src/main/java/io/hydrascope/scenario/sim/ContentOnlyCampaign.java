package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.CampaignSpec;
import io.hydrascope.scenario.recipe.ConversationSpec;
import io.hydrascope.scenario.text.Conversation;
import io.hydrascope.scenario.text.PromptLibrary;
import io.hydrascope.scenario.text.Voice;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A campaign run by a careful operator: each account is made to look like one person. Accounts come from
 * {@link CampaignAccounts} like any campaign's (own cards, mainstream mail, one home address each, months-old by
 * default), but they send on their owner's day and night in the claimed country's time zone, in their own voice, and
 * mix ordinary multi-turn chat ({@code cover}) with the single-turn harvesting prompts. Nothing but those prompts
 * links them. Runs on the generator thread only.
 */
final class ContentOnlyCampaign implements TrafficSource {
    /** Cover conversations are shaped like an ordinary user's. */
    private static final TurnPlan COVER_TURNS = new TurnPlan(0.42, 0.62, 14, 55, 0.9, 4, 1800);

    private final CampaignSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final CampaignNetwork network;
    private final WeightedChoice<String> capabilities;
    private final WeightedChoice<String> coverTopics;
    private final TurnPlan harvestTurns;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final Map<SimAccount, CampaignAccounts.Cohort> cohortOf = new IdentityHashMap<>();
    private final TimeZones zones = new TimeZones(DailyRhythm.PERSONAL);
    private final double conversations;
    /** The share of conversations that are cover, so that {@code cover.share} of the rows are. */
    private final double coverChance;

    ContentOnlyCampaign(CampaignSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        PromptLibrary library = ctx.exchanges().library();
        this.network = CampaignNetwork.of(spec.network(), ctx, rng);
        this.capabilities = library.mix(spec.capabilities());
        this.coverTopics = library.mix(spec.cover().topics());
        ConversationSpec c = spec.conversation();
        this.harvestTurns = new TurnPlan(c.singleTurnShare(), 0.6, c.maxTurns(), c.followUpSeconds(), 0.5, 1,
                c.followUpSeconds() * 10);
        for (CampaignAccounts.Cohort cohort : new CampaignAccounts(spec, ctx, network, rng, true).build()) {
            for (SimAccount a : cohort.members()) {
                a.language = Countries.get(a.profile().country()).language();
                a.voice = Voice.random(rng);
                cohortOf.put(a, cohort);
                accounts.add(a);
                zones.add(a);
            }
        }
        double cover = spec.cover().share() / COVER_TURNS.meanTurns();
        double harvest = (1 - spec.cover().share()) / harvestTurns.meanTurns();
        this.conversations = interactions * (cover + harvest);
        this.coverChance = cover / (cover + harvest);
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public List<SimAccount> accounts() {
        return accounts;
    }

    @Override
    public void prepare(SliceGrid grid) {
        zones.prepare(grid, conversations);
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        zones.emit(slice, rng, (a, t) -> {
            if (cohortOf.get(a).activeAt(t)) {
                conversation(a, t, out);
            }
        });
    }

    private void conversation(SimAccount a, long t, SliceBuffer out) {
        boolean cover = rng.nextDouble() < coverChance;
        PromptLibrary library = ctx.exchanges().library();
        Conversation c = cover ? library.start(rng, coverTopics.sample(rng), a.language, 0.3, a.voice)
                : library.start(rng, capabilities.sample(rng), "en", 0, Voice.PLAIN);
        boolean cot = !cover && Rand.chance(rng, spec.cotShare());
        Exchanges.Setting setting = new Exchanges.Setting(a, network.ip(a, rng), a.userAgent,
                ctx.models().at(t, a, rng), rng.nextInt(60), spec.errorRate(), spec.rateLimitedRate(), cot,
                OrdinaryUsers.isDeveloperClient(a.userAgent));
        TurnPlan turns = cover ? COVER_TURNS : harvestTurns;
        ctx.exchanges().emit(rng, t, setting, c, turns.turns(rng), turns, out);
    }
}
