package io.hydrascope.scenario.sim;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.scenario.text.Voice;

/**
 * One simulated account: what accounts.csv and labels.csv say about it, and how it behaves. Behaviour fields are
 * set by the source that owns the account while it builds its population and read only afterwards.
 */
public final class SimAccount {
    private final AccountProfile profile;
    private final String campaign;
    private final String population;

    /** Relative volume within its source. */
    double weight = 1.0;
    String userAgent;
    String secondUserAgent;
    /** Home (or only) address; {@code movedIp} replaces it from {@code movedAt} on. */
    String homeIp;
    String movedIp;
    long movedAt = Long.MAX_VALUE;
    /** Another address some conversations come from (mobile carrier, office, VPN...). */
    String otherIp;
    /** Datacenter addresses of a campaign account. */
    String[] ips;
    String language = "en";
    int utcOffsetMinutes;
    Voice voice = Voice.PLAIN;
    /** When the account starts using the new model (Long.MAX_VALUE: never) and for which share of requests. */
    long adoptAt = Long.MAX_VALUE;
    double newShare;
    /** Hours of ramp after {@code adoptAt} before {@code newShare} is reached (campaign switches). */
    double rampHours;
    /** Cron period and phase in minutes (scheduler timing). */
    int cronPeriod;
    int cronPhase;
    boolean viaProxy;
    /** Text the account's client sends before every prompt after its system prompt (an agent's workspace). */
    String context = "";

    public SimAccount(AccountProfile profile, String campaign, String population) {
        this.profile = profile;
        this.campaign = campaign;
        this.population = population;
    }

    public AccountProfile profile() {
        return profile;
    }

    public String id() {
        return profile.accountId();
    }

    /** The campaign id, or {@code benign}. */
    public String campaign() {
        return campaign;
    }

    /** The population kind or campaign archetype the account came from. */
    public String population() {
        return population;
    }

    /** The address used at {@code t} for home-like traffic. */
    String homeIpAt(long t) {
        return t >= movedAt && movedIp != null ? movedIp : homeIp;
    }
}
