package io.hydrascope.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/** The accounts of {@link DemoLogs} and how each kind of account behaves hour by hour. */
final class DemoWorld {
    enum Kind { ORDINARY, CORPORATE, CAMPAIGN_A, CAMPAIGN_B }

    /** Receives one generated interaction. */
    interface Sink {
        void add(long micros, int account, String ip, String ua, String model, String conversation, int turn,
                 int in, int out, String prompt);
    }

    private static final String[] BROWSERS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/132.0", "Mozilla/5.0 (Macintosh) Safari/18.2",
        "Mozilla/5.0 (X11; Linux x86_64) Firefox/135.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2) Mobile"};

    private final DemoLogs.Spec spec;
    private final Kind[] kinds;
    private final String[] ids;
    private final long[] created;
    private final long[] activeUntil;
    private final double[] intensity;
    private final int[] zoneOffset;
    private final long[] switchAt;
    private final long launch;
    private final DemoPrompts prompts;
    private long conversations;

    DemoWorld(DemoLogs.Spec spec) {
        this.spec = spec;
        int n = spec.ordinary() + spec.corporate() + spec.campaignA() + spec.campaignB();
        kinds = new Kind[n];
        ids = new String[n];
        created = new long[n];
        activeUntil = new long[n];
        intensity = new double[n];
        zoneOffset = new int[n];
        switchAt = new long[n];
        launch = spec.launchSecond();
        SplittableRandom r = new SplittableRandom(spec.seed());
        prompts = new DemoPrompts();
        long start = DemoLogs.START.getEpochSecond();
        long end = start + spec.days() * 86_400L;
        for (int a = 0; a < n; a++) {
            ids[a] = "acct-" + Long.toString(0x1000000L + r.nextLong(0x6000000L), 36);
            intensity[a] = Math.exp(r.nextGaussian() * 0.6);
            activeUntil[a] = end;
            switchAt[a] = Long.MAX_VALUE;
        }
        int a = 0;
        for (int i = 0; i < spec.ordinary(); i++, a++) {
            kinds[a] = Kind.ORDINARY;
            created[a] = start - r.nextLong(400 * 86_400L);
            zoneOffset[a] = new int[] {-8, -5, 0, 1, 2, 8, 9}[r.nextInt(7)];
            switchAt[a] = r.nextInt(3) == 0 ? launch + r.nextLong(21 * 86_400L) : Long.MAX_VALUE;
        }
        for (int i = 0; i < spec.corporate(); i++, a++) {
            kinds[a] = Kind.CORPORATE;
            created[a] = start - 200 * 86_400L + i * 3_600L * 7;
            switchAt[a] = launch + 7 * 86_400L + r.nextLong(14 * 86_400L);
        }
        for (int i = 0; i < spec.campaignA(); i++, a++) {
            kinds[a] = Kind.CAMPAIGN_A;
            int burst = i * 3 / Math.max(1, spec.campaignA());
            created[a] = start - 86_400L + burst * (spec.days() / 4) * 86_400L + 10 * 3600 + r.nextLong(2400);
            if (r.nextInt(6) == 0) {
                activeUntil[a] = created[a] + 5 * 86_400L + r.nextLong(10 * 86_400L);
            }
            switchAt[a] = r.nextBoolean() ? launch + 1800 + r.nextLong(20 * 3600) : Long.MAX_VALUE;
        }
        for (int i = 0; i < spec.campaignB(); i++, a++) {
            kinds[a] = Kind.CAMPAIGN_B;
            created[a] = start - 3 * 86_400L + (i % 2) * 12 * 86_400L + 2 * 3600 + r.nextLong(1200);
        }
    }

    String accountId(int account) {
        return ids[account];
    }

    void writeAccounts(Path accounts, Path labels) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(accounts, StandardCharsets.UTF_8);
             BufferedWriter l = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            w.write("account_id,created_at,email_domain,payment_fingerprint,country,org_id,plan\n");
            l.write("account_id,campaign,population\n");
            for (int a = 0; a < ids.length; a++) {
                String[] p = profile(a);
                w.write(ids[a] + "," + Instant.ofEpochSecond(created[a]) + "," + String.join(",", p) + "\n");
                String campaign = switch (kinds[a]) {
                    case CAMPAIGN_A -> DemoLogs.CAMPAIGN_A;
                    case CAMPAIGN_B -> DemoLogs.CAMPAIGN_B;
                    default -> "benign";
                };
                l.write(ids[a] + "," + campaign + "," + kinds[a].name().toLowerCase(java.util.Locale.ROOT) + "\n");
            }
        }
    }

    private String[] profile(int a) {
        return switch (kinds[a]) {
            case ORDINARY -> new String[] {
                new String[] {"gmail.com", "outlook.com", "proton.me", "uni-leiden.nl"}[a % 4],
                "card-" + Integer.toString(a * 7919, 36), new String[] {"US", "DE", "GB", "JP", "BR", "IN"}[a % 6], "",
                a % 5 == 0 ? "pro" : "free"};
            case CORPORATE -> new String[] {"acme-robotics.example", "card-acme-corp", "DE", "org-acme", "team"};
            case CAMPAIGN_A -> new String[] {new String[] {"mailbox.example", "tempinbox.example"}[a % 2],
                "card-" + Integer.toString(a % 7 * 104729, 36), "SG", "", "pro"};
            case CAMPAIGN_B -> new String[] {"mail.example", "card-" + Integer.toString(a * 31, 36),
                new String[] {"US", "NL", "CA"}[a % 3], "", "free"};
        };
    }

    void emitHour(long hourStart, SplittableRandom r, Sink sink) {
        int utcHour = (int) ((hourStart / 3600) % 24);
        int weekday = (int) ((hourStart / 86_400 + 3) % 7); // 0 = Monday (1970-01-01 was a Thursday)
        for (int a = 0; a < kinds.length; a++) {
            if (hourStart < created[a] || hourStart >= activeUntil[a]) {
                continue;
            }
            switch (kinds[a]) {
                case ORDINARY -> ordinary(a, hourStart, Math.floorMod(utcHour + zoneOffset[a], 24), r, sink);
                case CORPORATE -> corporate(a, hourStart, utcHour, weekday, r, sink);
                case CAMPAIGN_A -> campaignA(a, hourStart, r, sink);
                case CAMPAIGN_B -> campaignB(a, hourStart, utcHour, r, sink);
            }
        }
    }

    private void ordinary(int a, long hourStart, int localHour, SplittableRandom r, Sink sink) {
        double p = intensity[a] * (localHour >= 8 && localHour <= 23 ? 0.10 : 0.008);
        if (r.nextDouble() >= p) {
            return;
        }
        String ip = "100.64." + (a / 250) % 250 + "." + (a % 250 + 1);
        if (r.nextInt(25) == 0) {
            ip = "172.58." + r.nextInt(250) + "." + r.nextInt(250);
        }
        conversation(a, hourStart + r.nextLong(3000), 1 + geometric(r, 0.45), ip, BROWSERS[a % BROWSERS.length],
                prompts::ordinary, r, sink);
    }

    private void corporate(int a, long hourStart, int utcHour, int weekday, SplittableRandom r, Sink sink) {
        if (weekday >= 5 || utcHour < 7 || utcHour > 16 || r.nextDouble() >= 0.35 * intensity[a]) {
            return;
        }
        conversation(a, hourStart + r.nextLong(3000), 1 + geometric(r, 0.5), "203.0.113.10",
                "AcmeIDE/2.1 (JetBrains plug-in)", prompts::corporate, r, sink);
    }

    private void conversation(int a, long startSecond, int turns, String ip, String ua,
                              java.util.function.BiFunction<Integer, SplittableRandom, String> text,
                              SplittableRandom r, Sink sink) {
        String conv = "conv-" + Long.toString(++conversations, 36);
        long t = startSecond;
        for (int turn = 1; turn <= turns; turn++) {
            String prompt = text.apply(turn, r);
            sink.add(t * 1_000_000 + r.nextInt(1_000_000), a, ip, ua, model(a, t, r), conv, turn,
                    prompt.length() / 4 + r.nextInt(40), 80 + r.nextInt(900), prompt);
            t += 40 + r.nextLong(400);
        }
    }

    /** Lockstep waves every ten minutes, around the clock, from a few datacenter subnets. */
    private void campaignA(int a, long hourStart, SplittableRandom r, Sink sink) {
        for (int wave = 0; wave < 6; wave++) {
            if (r.nextDouble() >= spec.waveProbability()) {
                continue;
            }
            long second = hourStart + wave * 600L + r.nextInt(12);
            String ip = (a % 2 == 0 ? "198.51.100." : "192.0.2.") + (2 + r.nextInt(40));
            String prompt = prompts.campaignA(r);
            sink.add(second * 1_000_000 + r.nextInt(1_000_000), a, ip, "python-httpx/0.27.0", model(a, second, r),
                    "conv-" + Long.toString(++conversations, 36), 1, prompt.length() / 4, 1500 + r.nextInt(2500),
                    prompt);
        }
    }

    /** A few single-turn requests a day through residential proxies, all quiet from 01:00 to 05:00 UTC. */
    private void campaignB(int a, long hourStart, int utcHour, SplittableRandom r, Sink sink) {
        if ((utcHour >= 1 && utcHour < 5) || r.nextDouble() >= 0.3) {
            return;
        }
        long second = hourStart + r.nextLong(3600);
        String prompt = prompts.campaignB(r);
        sink.add(second * 1_000_000 + r.nextInt(1_000_000), a, "100.100." + r.nextInt(250) + "." + r.nextInt(250),
                BROWSERS[r.nextInt(3)], "atlas-3", "conv-" + Long.toString(++conversations, 36), 1,
                prompt.length() / 4, 600 + r.nextInt(800), prompt);
    }

    private String model(int a, long second, SplittableRandom r) {
        if (second >= switchAt[a] && second >= launch) {
            return DemoLogs.NEW_MODEL;
        }
        return kinds[a] == Kind.ORDINARY && r.nextInt(5) == 0 ? "atlas-3-mini" : "atlas-3";
    }

    private static int geometric(SplittableRandom r, double p) {
        int n = 0;
        while (n < 8 && r.nextDouble() < p) {
            n++;
        }
        return n;
    }
}
