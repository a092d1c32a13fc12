package io.hydrascope.scenario.infra;

import java.util.List;
import java.util.SplittableRandom;

/** User-agent strings of the clients ordinary people and developers use. */
public final class UserAgents {
    static final List<String> BROWSERS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
                    + "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                    + "Safari/537.36 Edg/131.0.0.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/132.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/18.2 Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile "
                    + "Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/18.2 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
                    + "Mobile/15E148 Safari/604.1");
    static final List<String> APPS = List.of(
            "AtlasChat/5.12.1 (iPhone; iOS 18.3; Scale/3.00)",
            "AtlasChat/5.12.0 (iPhone; iOS 18.2.1; Scale/3.00)",
            "AtlasChat/5.12.0 (Android 15; Pixel 8)",
            "AtlasChat/5.11.4 (Android 14; SM-S918B)",
            "AtlasChat/5.11.4 (Android 13; moto g54 5G)",
            "AtlasDesktop/1.9.2 (Macintosh; macOS 15.2)",
            "AtlasDesktop/1.9.1 (Windows NT 10.0; Win64)");
    static final List<String> SDKS = List.of(
            "atlas-python/1.54.0", "atlas-python/1.52.0", "atlas-node/4.71.1", "python-httpx/0.27.2",
            "curl/8.5.0", "Go-http-client/2.0", "PostmanRuntime/7.43.0", "okhttp/4.12.0");

    private UserAgents() {
    }

    /** The main client of an ordinary user: mostly a browser or the app, sometimes a developer SDK. */
    public static String ordinary(SplittableRandom rng) {
        double x = rng.nextDouble();
        if (x < 0.55) {
            return Rand.pick(rng, BROWSERS);
        }
        return x < 0.9 ? Rand.pick(rng, APPS) : Rand.pick(rng, SDKS);
    }

    /** The browser strings, in a fixed order: what people who use the web chat send. */
    public static List<String> browsers() {
        return BROWSERS;
    }

    public static String browser(SplittableRandom rng) {
        return Rand.pick(rng, BROWSERS);
    }

    public static String app(SplittableRandom rng) {
        return Rand.pick(rng, APPS);
    }
}
