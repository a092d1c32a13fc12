package io.hydrascope.scenario.sim;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.infra.EmailDomains;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.PopulationSpec;
import io.hydrascope.scenario.text.Conversation;
import io.hydrascope.scenario.text.PromptLibrary;
import io.hydrascope.scenario.text.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Developers who use one popular open-source coding agent. Every request the agent sends starts with the same long
 * system prompt and tool schema, then the user's own workspace and turn, so the shared text is a prefix and the rest
 * is personal: each works on their own repository, files and tasks, in agent loops of many quick turns. Otherwise
 * they are people: own cards and mail, home addresses, office hours or evenings in their own time zone.
 */
final class AgentUsers implements TrafficSource {
    private static final long DAY = 86_400_000L;
    /** Agent loops: mostly several turns, tool results coming back within seconds. */
    private static final TurnPlan TURNS = new TurnPlan(0.15, 0.75, 24, 8, 0.9, 1, 600);
    /** Operating system and architecture, as the agent reports them. */
    private static final String[][] PLATFORMS = {{"darwin", "arm64"}, {"darwin", "arm64"}, {"darwin", "x64"},
        {"linux", "x64"}, {"linux", "x64"}, {"linux", "arm64"}, {"win32", "x64"}};

    private final PopulationSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final WeightedChoice<String> topics;
    private final String header;
    private final List<SimAccount> accounts = new ArrayList<>();
    /** Professionals at work and hobbyists in their evenings. */
    private final TimeZones office = new TimeZones(DailyRhythm.OFFICE);
    private final TimeZones evenings = new TimeZones(DailyRhythm.PERSONAL);
    private final double conversations;

    AgentUsers(PopulationSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        PromptLibrary library = ctx.exchanges().library();
        this.topics = library.mix(spec.topics());
        this.header = library.slot("code_ag_header", rng, Map.of()) + "\n\n";
        this.conversations = interactions / TURNS.meanTurns();
        WeightedChoice<String> countries = new WeightedChoice<>(spec.countries());
        for (int i = 0; i < spec.accounts(); i++) {
            Countries.Country country = Countries.get(countries.sample(rng));
            boolean professional = rng.nextDouble() < 0.6;
            long created = Rand.between(rng, ctx.start() - 700 * DAY, ctx.start() - DAY);
            SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000,
                    EmailDomains.personal(rng, country), ctx.ids().card(), country.code(), null,
                    rng.nextDouble() < 0.7 ? "api-payg" : "pro"), "benign", spec.kind());
            a.weight = Rand.pareto(rng, spec.volumeSkew(), 120);
            a.utcOffsetMinutes = country.utcOffsetMinutes();
            a.voice = Voice.random(rng);
            String[] platform = Rand.pick(rng, PLATFORMS);
            a.userAgent = spec.userAgent() + " (" + platform[0] + " " + platform[1] + "; node 22."
                    + (3 + rng.nextInt(10)) + ".0)";
            a.context = library.slot("ag_workspace_" + platform[0], rng, Map.of()) + "\n\n";
            a.homeIp = ctx.ips().residential(country.region(), spec.ipv6Share());
            a.otherIp = Rand.chance(rng, 0.3) ? ctx.ips().residential(country.region(), spec.ipv6Share()) : null;
            ctx.models().adopt(a, spec.adoption(), rng);
            accounts.add(a);
            (professional ? office : evenings).add(a);
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
    public void prepare(SliceGrid grid) {
        double atWork = office.weight();
        double total = atWork + evenings.weight();
        if (!office.isEmpty()) {
            office.prepare(grid, conversations * atWork / total);
        }
        if (!evenings.isEmpty()) {
            evenings.prepare(grid, conversations * (total - atWork) / total);
        }
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        office.emit(slice, rng, (a, t) -> conversation(a, t, out));
        evenings.emit(slice, rng, (a, t) -> conversation(a, t, out));
    }

    private void conversation(SimAccount a, long t, SliceBuffer out) {
        String ip = a.otherIp != null && rng.nextDouble() < 0.3 ? a.otherIp : a.homeIp;
        Conversation c = ctx.exchanges().library().start(rng, topics.sample(rng), "en", 0, a.voice)
                .prefixed(header + a.context);
        Exchanges.Setting setting = new Exchanges.Setting(a, ip, a.userAgent, ctx.models().at(t, a, rng), 0,
                0.006, 0.01, false, true);
        ctx.exchanges().emit(rng, t, setting, c, TURNS.turns(rng), TURNS, out);
    }
}
