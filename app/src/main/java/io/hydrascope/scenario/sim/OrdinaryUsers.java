package io.hydrascope.scenario.sim;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.infra.EmailDomains;
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
 * Ordinary people: each in a time zone with a day/night rhythm, a home address that rarely changes (plus a phone
 * behind a carrier NAT, sometimes a VPN that happens to share a proxy network with a campaign), their own way of
 * typing, varied topics in several languages, multi-turn conversations, a heavy tail of volume, and a gradual move
 * to the new model. People who paste the same viral prompt ({@code viral-prompt}) are these users with that prompt
 * among their topics.
 */
final class OrdinaryUsers implements TrafficSource {
    private static final long DAY = 86_400_000L;
    private static final TurnPlan TURNS = new TurnPlan(0.42, 0.62, 14, 55, 0.9, 4, 1800);

    private final PopulationSpec spec;
    private final double interactions;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final WeightedChoice<String> topics;
    private final ProxyPool proxy;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final TimeZones zones = new TimeZones(DailyRhythm.PERSONAL);

    /** @param interactions this population's expected number of rows */
    OrdinaryUsers(PopulationSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.interactions = interactions;
        this.ctx = ctx;
        this.rng = rng;
        this.topics = ctx.exchanges().library().mix(spec.topics());
        this.proxy = spec.proxyPool() == null ? null : ctx.pool(spec.proxyPool());
        WeightedChoice<String> countries = new WeightedChoice<>(spec.countries());
        String previousCard = null;
        for (int i = 0; i < spec.accounts(); i++) {
            Countries.Country country = Countries.get(countries.sample(rng));
            String plan = plan();
            String card = null;
            if (!"free".equals(plan)) {
                card = previousCard != null && Rand.chance(rng, 0.03) ? previousCard : ctx.ids().card();
                previousCard = card;
            }
            long created = Rand.between(rng, ctx.start() - 900 * DAY, ctx.start() - DAY);
            SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000,
                    EmailDomains.personal(rng, country), card, country.code(), null, plan), "benign", spec.kind());
            describe(a, country);
            accounts.add(a);
            zones.add(a);
        }
    }

    private String plan() {
        double x = rng.nextDouble();
        return x < 0.55 ? "free" : x < 0.88 ? "plus" : x < 0.97 ? "pro" : "api-payg";
    }

    private void describe(SimAccount a, Countries.Country country) {
        a.weight = Rand.pareto(rng, spec.volumeSkew(), 120);
        a.utcOffsetMinutes = country.utcOffsetMinutes();
        a.language = country.language();
        a.voice = Voice.random(rng);
        a.userAgent = UserAgents.ordinary(rng);
        a.secondUserAgent = rng.nextBoolean() ? UserAgents.app(rng) : UserAgents.browser(rng);
        a.homeIp = ctx.ips().residential(country.region(), spec.ipv6Share());
        if (Rand.chance(rng, 0.12)) {
            a.movedAt = Rand.between(rng, ctx.start(), ctx.end());
            a.movedIp = ctx.ips().residential(country.region(), spec.ipv6Share());
        }
        a.otherIp = Rand.chance(rng, 0.45) ? ctx.ips().mobileExit(country.region()) : null;
        a.viaProxy = proxy != null && Rand.chance(rng, spec.proxyShare());
        ctx.models().adopt(a, spec.adoption(), rng);
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
        zones.prepare(grid, interactions / TURNS.meanTurns());
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        zones.emit(slice, rng, (a, t) -> conversation(a, t, out));
    }

    private void conversation(SimAccount a, long t, SliceBuffer out) {
        String ip;
        if (a.viaProxy && rng.nextDouble() < 0.7) {
            ip = proxy.exit(rng);
        } else if (a.otherIp != null && rng.nextDouble() < 0.25) {
            ip = a.otherIp;
        } else {
            ip = a.homeIpAt(t);
        }
        String ua = rng.nextDouble() < 0.88 ? a.userAgent : a.secondUserAgent;
        Conversation c = ctx.exchanges().library().start(rng, topics.sample(rng), a.language, 0.6, a.voice);
        Exchanges.Setting setting = new Exchanges.Setting(a, ip, ua, ctx.models().at(t, a, rng), rng.nextInt(60),
                0.003, 0.002, false, isDeveloperClient(ua));
        ctx.exchanges().emit(rng, t, setting, c, TURNS.turns(rng), TURNS, out);
    }

    /** SDKs and HTTP tools (not the browser or the app) are where a private developer declares tools. */
    static boolean isDeveloperClient(String userAgent) {
        return !userAgent.startsWith("Mozilla") && !userAgent.startsWith("Atlas");
    }
}
