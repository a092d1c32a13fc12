package io.hydrascope.scenario.sim;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.infra.EmailDomains;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.infra.UserAgents;
import io.hydrascope.scenario.infra.WeightedChoice;
import io.hydrascope.scenario.recipe.CampaignSpec;
import io.hydrascope.scenario.recipe.CreationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Builds a campaign's accounts: created in bursts (later bursts replace worn-out accounts, hydra-style), paid with a
 * few shared cards, registered on throwaway domains, claiming assorted countries, on one client or a small set. Each
 * signal is applied to a configurable share only, so no single account shows all of them.
 */
final class CampaignAccounts {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final int[] CRON_PERIODS = {5, 10, 10, 15, 15, 20, 30, 30, 60};
    private static final Map<String, Double> CLAIMED_COUNTRIES = new LinkedHashMap<>();

    static {
        String[] codes = {"US", "SG", "GB", "HK", "JP", "KR", "DE", "CA", "AU", "IN", "TW", "FR", "BR"};
        double[] weights = {0.3, 0.1, 0.1, 0.08, 0.06, 0.06, 0.06, 0.06, 0.05, 0.05, 0.04, 0.02, 0.02};
        for (int i = 0; i < codes.length; i++) {
            CLAIMED_COUNTRIES.put(codes[i], weights[i]);
        }
    }

    /** Accounts created together and used over the same period. */
    record Cohort(long activeFrom, long activeUntil, List<SimAccount> members) {
        boolean activeAt(long t) {
            return t >= activeFrom && t < activeUntil;
        }
    }

    private final CampaignSpec spec;
    private final SimContext ctx;
    private final CampaignNetwork network;
    private final SplittableRandom rng;
    private final List<String> throwaway;
    private final boolean mainstreamMail;
    private final String[] sharedCards;
    private final WeightedChoice<String> countries = new WeightedChoice<>(CLAIMED_COUNTRIES);

    CampaignAccounts(CampaignSpec spec, SimContext ctx, CampaignNetwork network, SplittableRandom rng) {
        this(spec, ctx, network, rng, false);
    }

    /**
     * @param mainstreamMail whether the accounts not on throwaway domains use the big global providers only (a
     *     careful operator) rather than whatever a person in the claimed country would use
     */
    CampaignAccounts(CampaignSpec spec, SimContext ctx, CampaignNetwork network, SplittableRandom rng,
            boolean mainstreamMail) {
        this.spec = spec;
        this.mainstreamMail = mainstreamMail;
        this.ctx = ctx;
        this.network = network;
        this.rng = rng;
        this.throwaway = spec.email().domains() != null ? spec.email().domains()
                : EmailDomains.throwawayFamily(rng, Math.max(3, spec.accounts() / 10));
        this.sharedCards = new String[spec.payment().sharedCards()];
        for (int i = 0; i < sharedCards.length; i++) {
            sharedCards[i] = ctx.ids().card();
        }
    }

    /** The cohorts: one per creation burst, plus one of accounts created at scattered times before the window. */
    List<Cohort> build() {
        CreationSpec c = spec.creation();
        long first = ctx.start() - Math.round(c.firstBurstDaysBeforeStart() * DAY);
        long lastBurst = ctx.start() + Math.round((ctx.end() - ctx.start()) * (0.45 + 0.2 * rng.nextDouble()));
        long burstLength = Math.max(MINUTE, Math.round(c.burstMinutes() * MINUTE));
        int inBursts = (int) Math.round(spec.accounts() * c.burstShare());
        List<Cohort> cohorts = new ArrayList<>();
        int made = 0;
        long spacing = c.bursts() == 1 ? 0 : (lastBurst - first) / (c.bursts() - 1);
        for (int b = 0; b < c.bursts(); b++) {
            long planned = first + spacing * b;
            double shift = b == c.bursts() - 1 ? -0.3 * rng.nextDouble() : 0.6 * (rng.nextDouble() - 0.5);
            long at = spacing == 0 ? first + rng.nextLong(DAY) : planned + Math.round(shift * spacing);
            int size = (inBursts * (b + 1)) / c.bursts() - (inBursts * b) / c.bursts();
            long from = Math.max(ctx.start(), at + burstLength + HOUR + rng.nextLong(7 * HOUR));
            cohorts.add(cohort(from, size, () -> at + rng.nextLong(burstLength)));
            made += size;
        }
        long scatteredFrom = first - 60 * DAY;
        cohorts.add(cohort(ctx.start(), spec.accounts() - made,
                () -> Rand.between(rng, scatteredFrom, ctx.start() - DAY)));
        cohorts.removeIf(k -> k.members().isEmpty());
        return cohorts;
    }

    private Cohort cohort(long activeFrom, int size, LongSupplier created) {
        long until = spec.creation().lifetimeDays() == null ? Long.MAX_VALUE
                : activeFrom + Math.round(spec.creation().lifetimeDays() * DAY);
        List<SimAccount> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(account(created.getAsLong()));
        }
        return new Cohort(activeFrom, until, members);
    }

    private SimAccount account(long created) {
        Countries.Country country = Countries.get(countries.sample(rng));
        String email = Rand.chance(rng, spec.email().throwawayShare()) ? Rand.pick(rng, throwaway)
                : mainstreamMail ? EmailDomains.mainstream(rng) : EmailDomains.personal(rng, country);
        String card = sharedCards.length > 0 && Rand.chance(rng, spec.payment().sharedShare())
                ? sharedCards[(int) (sharedCards.length * square(rng.nextDouble()))] : ctx.ids().card();
        double x = rng.nextDouble();
        String plan = x < 0.55 ? "api-payg" : x < 0.85 ? "pro" : "plus";
        SimAccount a = new SimAccount(new AccountProfile(ctx.ids().account(), created * 1000, email, card,
                country.code(), null, plan), spec.id(), spec.archetype());
        a.weight = Rand.logNormal(rng, 1, spec.volumeSkew());
        a.userAgent = Rand.chance(rng, spec.userAgentNoise()) ? UserAgents.ordinary(rng)
                : Rand.pick(rng, spec.userAgents());
        a.utcOffsetMinutes = country.utcOffsetMinutes();
        a.cronPeriod = CRON_PERIODS[rng.nextInt(CRON_PERIODS.length)];
        a.cronPhase = rng.nextInt(a.cronPeriod);
        network.assign(a, country, rng);
        ctx.models().switchOver(a, spec.modelSwitch(), rng);
        return a;
    }

    /** Squares a uniform draw so the first shared cards carry most accounts, as a reseller's main cards do. */
    private static double square(double x) {
        return x * x;
    }
}
