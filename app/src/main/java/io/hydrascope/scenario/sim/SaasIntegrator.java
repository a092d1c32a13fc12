package io.hydrascope.scenario.sim;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.scenario.infra.AliasTable;
import io.hydrascope.scenario.infra.IpSpace;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.PopulationSpec;
import io.hydrascope.scenario.text.Conversation;
import io.hydrascope.scenario.text.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A SaaS product that relays its end users' questions: a handful of API keys, a few datacenter addresses, one
 * client string, huge volume following its customers' American and European days, and varied multi-turn
 * conversations typed by many different people.
 */
final class SaasIntegrator implements TrafficSource {
    private static final long DAY = 86_400_000L;
    private static final TurnPlan TURNS = new TurnPlan(0.45, 0.5, 10, 35, 0.8, 3, 900);
    private static final String[] LANGUAGES = {"es", "de", "fr", "pt", "ja"};

    private final PopulationSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final WeightedChoice<String> topics;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final String[] relayIps;
    private final double conversations;
    private AliasTable table;
    private ActivityStream stream;
    private SliceGrid grid;

    SaasIntegrator(PopulationSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        this.topics = ctx.exchanges().library().mix(spec.topics());
        this.conversations = interactions / TURNS.meanTurns();
        int[] subnets = {ctx.ips().datacenterSubnet(), ctx.ips().datacenterSubnet()};
        relayIps = new String[spec.ips()];
        for (int i = 0; i < relayIps.length; i++) {
            relayIps[i] = IpSpace.host(subnets[i % 2], 20 + rng.nextInt(200));
        }
        String card = ctx.ids().card();
        String country = spec.countries().keySet().iterator().next();
        for (int i = 0; i < spec.accounts(); i++) {
            long created = Rand.between(rng, ctx.start() - 700 * DAY, ctx.start() - 60 * DAY);
            SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000, spec.emailDomain(),
                    card, country, spec.orgId(), "api-scale"), "benign", spec.kind());
            a.weight = i == 0 ? 5.0 : i == 1 ? 3.5 : 0.6 + rng.nextDouble();
            a.userAgent = spec.userAgent();
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
        table = new AliasTable(accounts.stream().mapToDouble(a -> a.weight).toArray());
        stream = new ActivityStream(t -> 0.6 * DailyRhythm.PERSONAL.at(t, -300) + 0.4 * DailyRhythm.PERSONAL.at(t, 60),
                conversations);
        stream.prepare(g);
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        int n = stream.count(slice, rng);
        for (int i = 0; i < n; i++) {
            SimAccount a = accounts.get(table.sample(rng));
            long t = Rand.between(rng, grid.sliceStart(slice), grid.sliceEnd(slice));
            String language = rng.nextDouble() < 0.1 ? Rand.pick(rng, LANGUAGES) : "en";
            Conversation c = ctx.exchanges().library().start(rng, topics.sample(rng), language, 1.0,
                    Voice.random(rng));
            long system = Math.round(Rand.logNormal(rng, 650, 0.35));
            Exchanges.Setting setting = new Exchanges.Setting(a, relayIps[rng.nextInt(relayIps.length)],
                    a.userAgent, ctx.models().at(t, a, rng), system, 0.004, 0.012, false, false);
            ctx.exchanges().emit(rng, t, setting, c, TURNS.turns(rng), TURNS, out);
        }
    }
}
