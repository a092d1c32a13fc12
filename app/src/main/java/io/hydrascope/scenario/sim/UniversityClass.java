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
import io.hydrascope.scenario.text.PromptFamily;
import io.hydrascope.scenario.text.PromptLibrary;
import io.hydrascope.scenario.text.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Students of one university class: everyone signed up in the same lab session on the university's domain, sends
 * from the campus NAT, and asks about the same homework in the same lab hours and the night before the deadline. Each
 * asks little, in several turns with corrections, in their own words around the pasted problem text. Runs on the
 * generator thread only.
 */
final class UniversityClass implements TrafficSource {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final String HOMEWORK = "course-homework";
    /** Students go back and forth: few one-shot questions, corrections a minute or so apart. */
    private static final TurnPlan TURNS = new TurnPlan(0.2, 0.65, 12, 70, 0.8, 8, 1200);

    private final PopulationSpec spec;
    private final SimContext ctx;
    private final SplittableRandom rng;
    private final WeightedChoice<String> topics;
    private final List<PromptFamily> problemSets;
    private final List<SimAccount> accounts = new ArrayList<>();
    private final int offset;
    private final double conversations;
    private AliasTable table;
    private ActivityStream stream;
    private SliceGrid grid;

    UniversityClass(PopulationSpec spec, double interactions, SimContext ctx, SplittableRandom rng) {
        this.spec = spec;
        this.ctx = ctx;
        this.rng = rng;
        PromptLibrary library = ctx.exchanges().library();
        this.topics = library.mix(spec.topics());
        this.problemSets = library.families(HOMEWORK);
        this.conversations = interactions / TURNS.meanTurns();
        Countries.Country country = Countries.get(spec.countries().keySet().iterator().next());
        this.offset = country.utcOffsetMinutes();
        int subnet = ctx.ips().universitySubnet();
        String[] natIps = new String[spec.ips()];
        for (int i = 0; i < natIps.length; i++) {
            natIps[i] = IpSpace.host(subnet, 200 + i);
        }
        long firstLab = localDayStart(ctx.start() - (14 + rng.nextInt(21)) * DAY) + 14 * HOUR;
        for (int i = 0; i < spec.accounts(); i++) {
            long created = firstLab + rng.nextLong(100 * MINUTE);
            boolean paying = rng.nextDouble() < 0.3;
            SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000, spec.emailDomain(),
                    paying ? ctx.ids().card() : null, country.code(), spec.orgId(), paying ? "plus" : "free"),
                    "benign", spec.kind());
            a.weight = Rand.logNormal(rng, 1, 0.5);
            a.utcOffsetMinutes = offset;
            a.voice = Voice.random(rng);
            a.userAgent = rng.nextDouble() < 0.75 ? UserAgents.browser(rng) : UserAgents.app(rng);
            a.homeIp = natIps[i % natIps.length];
            a.otherIp = ctx.ips().mobileExit(country.region());
            ctx.models().adopt(a, spec.adoption(), rng);
            accounts.add(a);
        }
    }

    /** Midnight, in the class's time zone, of the local day that contains {@code t}. */
    private long localDayStart(long t) {
        long local = t + offset * MINUTE;
        return Math.floorDiv(local, DAY) * DAY - offset * MINUTE;
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
        stream = new ActivityStream(this::activity, conversations);
        stream.prepare(g);
    }

    /** Lab sessions on Tuesday and Thursday afternoons, homework evenings, the night before Monday's deadline. */
    private double activity(long t) {
        long local = t + offset * MINUTE;
        int hour = (int) Math.floorMod(local / HOUR, 24L);
        int dayOfWeek = (int) Math.floorMod(Math.floorDiv(local, DAY) + 3, 7L);
        if ((dayOfWeek == 1 || dayOfWeek == 3) && hour >= 14 && hour < 16) {
            return 12;
        }
        if (dayOfWeek == 6 && hour >= 19) {
            return 3;
        }
        if (hour >= 19 || hour < 1) {
            return dayOfWeek == 5 ? 0.3 : 1.2;
        }
        if (hour >= 9) {
            return dayOfWeek >= 5 ? 0.2 : 0.5;
        }
        return 0.03;
    }

    @Override
    public void emit(int slice, SliceBuffer out) {
        int n = stream.count(slice, rng);
        PromptLibrary library = ctx.exchanges().library();
        for (int i = 0; i < n; i++) {
            SimAccount a = accounts.get(table.sample(rng));
            long t = Rand.between(rng, grid.sliceStart(slice), grid.sliceEnd(slice));
            String pool = topics.sample(rng);
            Conversation c = HOMEWORK.equals(pool) ? library.start(rng, problemSet(t), a.voice)
                    : library.start(rng, pool, "en", 0, a.voice);
            String ip = rng.nextDouble() < 0.9 ? a.homeIp : a.otherIp;
            Exchanges.Setting setting = new Exchanges.Setting(a, ip, a.userAgent, ctx.models().at(t, a, rng),
                    rng.nextInt(40), 0.003, 0.002, false, false);
            ctx.exchanges().emit(rng, t, setting, c, TURNS.turns(rng), TURNS, out);
        }
    }

    /** This week's problem set: the whole class works on the same one. */
    private PromptFamily problemSet(long t) {
        int week = (int) Math.floorDiv(t - ctx.start(), WEEK);
        return problemSets.get(Math.floorMod(week, problemSets.size()));
    }
}
