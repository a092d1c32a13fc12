package io.hydrascope.scenario.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** E-mail domains: the free-mail providers people use, and throwaway families a campaign registers in bulk. */
public final class EmailDomains {
    private static final String[] GLOBAL = {"gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com",
        "outlook.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"};
    private static final String[] PRIVACY = {"privaterelay.appleid.com", "duck.com", "yopmail.com", "tutanota.com"};
    private static final String[] DISPOSABLE = {"mailinator.com", "guerrillamail.com", "sharklasers.com",
        "10minutemail.net", "tempmail.plus", "yopmail.com", "dropmail.me"};
    private static final String[] STEMS = {"inboxrelay", "mailvault", "postbox", "quickmail", "letterdrop",
        "mailzone", "boxhub", "inmail", "swiftpost", "cloudletter", "mailnest", "dropinbox"};
    private static final String[] CHEAP_TLDS = {"top", "xyz", "icu", "site", "online", "shop", "cfd", "sbs"};

    private EmailDomains() {
    }

    /** A domain an ordinary person in the country would sign up with. */
    public static String personal(SplittableRandom rng, Countries.Country country) {
        double x = rng.nextDouble();
        if (x < 0.02) {
            return Rand.pick(rng, PRIVACY);
        }
        if (x < 0.25 && !country.localMail().isEmpty()) {
            return Rand.pick(rng, country.localMail());
        }
        return Rand.pick(rng, GLOBAL);
    }

    /** One of the big global providers (gmail.com, outlook.com, ...), where an account blends in with millions. */
    public static String mainstream(SplittableRandom rng) {
        return Rand.pick(rng, GLOBAL);
    }

    /**
     * A campaign's throwaway domains: a stem registered under a few cheap TLDs with numbers
     * ({@code inboxrelay17.top, inboxrelay42.xyz}), plus public disposable services.
     */
    public static List<String> throwawayFamily(SplittableRandom rng, int size) {
        String stem = Rand.pick(rng, STEMS) + (rng.nextBoolean() ? "" : Rand.alnum(rng, 2));
        String[] tlds = {Rand.pick(rng, CHEAP_TLDS), Rand.pick(rng, CHEAP_TLDS)};
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (rng.nextDouble() < 0.2) {
                domains.add(Rand.pick(rng, DISPOSABLE));
            } else {
                domains.add(stem + (1 + rng.nextInt(99)) + "." + Rand.pick(rng, tlds));
            }
        }
        return domains;
    }
}
