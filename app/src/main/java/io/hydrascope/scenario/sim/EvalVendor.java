package io.hydrascope.scenario.sim;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.scenario.infra.AliasTable;
import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.infra.IpSpace;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.UserAgents;
import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.PopulationSpec;
import io.hydrascope.scenario.text.Conversation;
import io.hydrascope.scenario.text.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A declared evaluation vendor: a few API keys of one organisation on one invoice, running benchmark suites with
 * "let's think step by step" prompts every night in lockstep from a few cloud hosts, and on the new model within hours
 * of its launch, because evaluating new models is its job. Other topics are its staff's own chats in office hours.
 * Runs on the generator thread only.
 */
final class EvalVendor implements TrafficSource {
    private static final long DAY = 86_400_000L;
    private static final TurnPlan TURNS = new TurnPlan(0.35, 0.55, 10, 70, 0.9, 5, 1800);

    private final PopulationSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final double benchmarkItems;
    private final double chatConversations;
    private final WeightedChoice<String> chatTopics;
    private final int offset;
    private NightlyRuns runs;
    private AliasTable table;
    private ActivityStream chat;
    private SliceGrid grid;

    EvalVendor(PopulationSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        BenchmarkSplit split = BenchmarkSplit.of(spec, interactions, TURNS);
        this.benchmarkItems = split.benchmarkItems();
        this.chatConversations = split.chatConversations();
        this.chatTopics = split.chatTopics();
        Countries.Country country = Countries.get(spec.countries().keySet().iterator().next());
        this.offset = country.utcOffsetMinutes();
        int cloud = ctx.ips().datacenterSubnet();
        int office = ctx.ips().corporateSubnet();
        String card = ctx.ids().card();
        for (int i = 0; i < spec.accounts(); i++) {
            long created = Rand.between(rng, ctx.start() - 500 * DAY, ctx.start() - 30 * DAY);
            SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000, spec.emailDomain(),
                    card, country.code(), spec.orgId(), "enterprise"), "benign", spec.kind());
            a.utcOffsetMinutes = offset;
            a.userAgent = spec.userAgent();
            a.secondUserAgent = UserAgents.browser(rng);
            a.homeIp = IpSpace.host(cloud, 10 + (i % spec.ips()));
            a.otherIp = IpSpace.host(office, 20 + rng.nextInt(40));
            a.voice = Voice.random(rng);
            ctx.models().adopt(a, spec.adoption(), rng);
            accounts.add(a);
        }
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
        runs = new NightlyRuns(Math.round(benchmarkItems), accounts, ctx.exchanges().library(), ctx.models(), offset,
                ctx.start(), ctx.end(), rng.split());
        table = new AliasTable(accounts.stream().mapToDouble(a -> a.weight).toArray());
        chat = new ActivityStream(t -> DailyRhythm.OFFICE.at(t, offset), chatTopics == null ? 0 : chatConversations);
        chat.prepare(g);
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        runs.emit(grid.sliceEnd(slice), ctx.exchanges(), out);
        int n = chat.count(slice, rng);
        for (int i = 0; i < n; i++) {
            SimAccount a = accounts.get(table.sample(rng));
            long t = Rand.between(rng, grid.sliceStart(slice), grid.sliceEnd(slice));
            Conversation c = ctx.exchanges().library().start(rng, chatTopics.sample(rng), "en", 0, a.voice);
            Exchanges.Setting setting = new Exchanges.Setting(a, a.otherIp, a.secondUserAgent,
                    ctx.models().at(t, a, rng), rng.nextInt(40), 0.003, 0.002, false, false);
            ctx.exchanges().emit(rng, t, setting, c, TURNS.turns(rng), TURNS, out);
        }
    }
}
