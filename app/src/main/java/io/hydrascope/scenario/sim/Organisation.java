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
 * A company's developers: one corporate NAT, one corporate card, one e-mail domain, one IDE plug-in, accounts
 * provisioned in a few batches by single sign-on, and coding questions with file context in office hours. It shares
 * honestly many signals of a campaign and must not be accused.
 */
final class Organisation implements TrafficSource {
    private static final long DAY = 86_400_000L;
    private static final TurnPlan TURNS = new TurnPlan(0.3, 0.55, 12, 90, 0.9, 5, 3600);

    private final PopulationSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final WeightedChoice<String> topics;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final String[] natIps;
    private final double conversations;
    private final int offset;
    private AliasTable table;
    private ActivityStream stream;
    private SliceGrid grid;

    Organisation(PopulationSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        this.topics = ctx.exchanges().library().mix(spec.topics());
        this.conversations = interactions / TURNS.meanTurns();
        Countries.Country country = Countries.get(spec.countries().keySet().iterator().next());
        this.offset = country.utcOffsetMinutes();
        int subnet = ctx.ips().corporateSubnet();
        natIps = new String[spec.ips()];
        for (int i = 0; i < natIps.length; i++) {
            natIps[i] = IpSpace.host(subnet, 10 + i);
        }
        String card = ctx.ids().card();
        long[] batches = new long[3];
        int[] daysBefore = {400, 120, 20};
        for (int b = 0; b < batches.length; b++) {
            batches[b] = ctx.start() - (daysBefore[b] + rng.nextInt(30)) * DAY - offset * 60_000L
                    + (8 + rng.nextInt(9)) * 3_600_000L;
        }
        for (int i = 0; i < spec.accounts(); i++) {
            long batch = batches[i < spec.accounts() * 0.6 ? 0 : i < spec.accounts() * 0.9 ? 1 : 2];
            long created = batch + rng.nextLong(40 * 60_000L);
            SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000, spec.emailDomain(),
                    card, country.code(), spec.orgId(), "enterprise"), "benign", spec.kind());
            a.weight = Rand.logNormal(rng, 1, 0.7);
            a.utcOffsetMinutes = offset;
            a.voice = Voice.random(rng);
            a.userAgent = spec.userAgent();
            a.secondUserAgent = UserAgents.browser(rng);
            a.homeIp = natIps[i % natIps.length];
            a.otherIp = Rand.chance(rng, 0.2) ? ctx.ips().residential(country.region(), 0.1) : null;
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
        stream = new ActivityStream(t -> DailyRhythm.OFFICE.at(t, offset), conversations);
        stream.prepare(g);
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        int n = stream.count(slice, rng);
        for (int i = 0; i < n; i++) {
            SimAccount a = accounts.get(table.sample(rng));
            long t = Rand.between(rng, grid.sliceStart(slice), grid.sliceEnd(slice));
            String ip = a.otherIp != null && rng.nextDouble() < 0.3 ? a.otherIp : a.homeIp;
            String ua = rng.nextDouble() < 0.92 ? a.userAgent : a.secondUserAgent;
            long context = Math.min(30_000, Math.round(Rand.logNormal(rng, 1800, 0.8)));
            Conversation c = ctx.exchanges().library().start(rng, topics.sample(rng), "en", 0, a.voice);
            Exchanges.Setting setting = new Exchanges.Setting(a, ip, ua, ctx.models().at(t, a, rng), context,
                    0.004, 0.004, false, ua.equals(spec.userAgent()));
            ctx.exchanges().emit(rng, t, setting, c, TURNS.turns(rng), TURNS, out);
        }
    }
}
