package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.AliasTable;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.CampaignSpec;
import io.hydrascope.scenario.recipe.ConversationSpec;
import io.hydrascope.scenario.text.Conversation;
import io.hydrascope.scenario.text.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One distillation campaign, whatever its archetype: the recipe decides the network, timing, capabilities and
 * conversation shape; this class runs it. Accounts are used only while their cohort is active.
 */
final class Campaign implements TrafficSource {
    private final CampaignSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final CampaignNetwork network;
    private final CampaignTiming timing;
    private final WeightedChoice<String> capabilities;
    private final TurnPlan turns;
    private final List<CampaignAccounts.Cohort> cohorts;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final double conversations;
    private ActivityStream stream;
    private SliceGrid grid;
    private List<SimAccount> active = List.of();
    private AliasTable activeTable;
    private String activeKey = "";
    private int rotation;

    Campaign(CampaignSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        this.network = CampaignNetwork.of(spec.network(), ctx, rng);
        this.timing = CampaignTiming.of(spec.timing(), rng);
        this.capabilities = ctx.exchanges().library().mix(spec.capabilities());
        ConversationSpec c = spec.conversation();
        this.turns = new TurnPlan(c.singleTurnShare(), 0.6, c.maxTurns(), c.followUpSeconds(), 0.5, 1,
                c.followUpSeconds() * 10);
        this.cohorts = new CampaignAccounts(spec, ctx, network, rng).build();
        cohorts.forEach(k -> accounts.addAll(k.members()));
        this.conversations = interactions / turns.meanTurns();
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
    public void prepare(SliceGrid g) {
        grid = g;
        stream = new ActivityStream((from, to) -> anyActive(from) ? timing.during(from, to) : 0, conversations);
        stream.prepare(g);
    }

    private boolean anyActive(long t) {
        return cohorts.stream().anyMatch(k -> k.activeAt(t));
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        int n = stream.count(slice, rng);
        if (n == 0) {
            return;
        }
        long from = grid.sliceStart(slice);
        long to = grid.sliceEnd(slice);
        refreshActive(from);
        for (int i = 0; i < n; i++) {
            SimAccount a;
            if (timing.rotatesAccounts()) {
                rotation = (rotation + 1) % active.size();
                a = active.get(rotation);
            } else {
                a = active.get(activeTable.sample(rng));
            }
            long t = timing.time(rng, from, to, i, n, a);
            conversation(a, t, out);
        }
    }

    private void conversation(SimAccount a, long t, SliceBuffer out) {
        Conversation c = ctx.exchanges().library().start(rng, capabilities.sample(rng), "en", 0, Voice.PLAIN);
        boolean cot = Rand.chance(rng, spec.cotShare());
        Exchanges.Setting setting = new Exchanges.Setting(a, network.ip(a, rng), a.userAgent,
                ctx.models().at(t, a, rng), rng.nextInt(120), spec.errorRate(), spec.rateLimitedRate(), cot, true);
        ctx.exchanges().emit(rng, t, setting, c, turns.turns(rng), turns, out);
    }

    /** Rebuilds the list of usable accounts when a cohort starts or retires. */
    private void refreshActive(long t) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < cohorts.size(); i++) {
            key.append(cohorts.get(i).activeAt(t) ? '1' : '0');
        }
        if (key.toString().equals(activeKey)) {
            return;
        }
        activeKey = key.toString();
        active = new ArrayList<>();
        for (CampaignAccounts.Cohort k : cohorts) {
            if (k.activeAt(t)) {
                active.addAll(k.members());
            }
        }
        activeTable = new AliasTable(active.stream().mapToDouble(a -> a.weight).toArray());
    }
}
