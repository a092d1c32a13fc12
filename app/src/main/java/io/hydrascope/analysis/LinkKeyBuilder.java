package io.hydrascope.analysis;

import io.hydrascope.model.AccountInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns what accounts share into weighted link keys. Each kind of evidence has a base weight, damped for keys that
 * very many accounts share (a corporate NAT or a common SDK user agent says little about any two of them).
 * Creation times and moves to a new model become keys only where they form a burst well above the case's rate.
 */
final class LinkKeyBuilder {
    static final double IP = 1.0;
    static final double SUBNET = 0.4;
    static final double USER_AGENT = 0.3;
    static final double PAYMENT = 1.5;
    static final double EMAIL = 0.6;
    static final double TEMPLATE = 1.2;
    static final double LOCKSTEP = 1.0;
    static final double CREATED = 0.8;
    static final double MODEL_MOVE = 0.8;
    /** Share of the case's time windows above which an account's timing cannot be told from chance. */
    static final double MAX_LOCKSTEP_ACTIVITY = 0.5;

    private final CaseScan scan;
    private final AnalysisSettings settings;
    private final List<LinkKeyDraft> keys = new ArrayList<>();

    LinkKeyBuilder(CaseScan scan, AnalysisSettings settings) {
        this.scan = scan;
        this.settings = settings;
    }

    List<LinkKeyDraft> build(Map<Integer, KeyMembers> templateFamilies) {
        int active = (int) scan.accounts.stream().filter(a -> a.interactions > 0).count();
        addAll("ip", scan.ips, IP, Integer.MAX_VALUE);
        addAll("subnet", scan.subnets, SUBNET, Integer.MAX_VALUE);
        addAll("user_agent", scan.userAgents, USER_AGENT, Math.max(3, active / 20));
        addProfiles(active);
        for (Map.Entry<Integer, KeyMembers> f : new TreeMap<>(templateFamilies).entrySet()) {
            add("template", "family-" + f.getKey(), f.getValue(), TEMPLATE);
        }
        addLockstep();
        addCreationBursts();
        addModelMoves();
        return keys;
    }

    static double damp(int accounts) {
        return Math.min(1.0, 3.0 / Math.log1p(accounts));
    }

    private void addAll(String kind, Map<String, KeyMembers> members, double base, int maxAccounts) {
        for (Map.Entry<String, KeyMembers> e : new TreeMap<>(members).entrySet()) {
            if (e.getValue().size <= maxAccounts) {
                add(kind, e.getKey(), e.getValue(), base);
            }
        }
    }

    private void add(String kind, String value, KeyMembers m, double base) {
        if (m.size < 2) {
            return;
        }
        keys.add(new LinkKeyDraft(kind, value, Arrays.copyOf(m.accounts, m.size), Arrays.copyOf(m.uses, m.size),
                base * damp(m.size)));
    }

    private void addProfiles(int active) {
        Map<String, KeyMembers> payments = new HashMap<>();
        Map<String, KeyMembers> domains = new HashMap<>();
        for (AccountStats a : scan.accounts) {
            AccountInfo info = a.info;
            if (info.paymentFingerprint() != null) {
                payments.computeIfAbsent(info.paymentFingerprint(), k -> new KeyMembers()).add(a.index, 1);
            }
            if (info.emailDomain() != null) {
                domains.computeIfAbsent(info.emailDomain().toLowerCase(java.util.Locale.ROOT),
                        k -> new KeyMembers()).add(a.index, 1);
            }
        }
        addAll("payment", payments, PAYMENT, Integer.MAX_VALUE);
        addAll("email_domain", domains, EMAIL, Math.max(5, scan.accounts.size() / 50));
    }

    /**
     * Accounts active in the same time windows, found by MinHash bands over each account's active windows. An account
     * active in more than half of the case's windows is left out: two such accounts share most windows whatever they
     * are (an always-on integration, any account at high volume), so their agreement says nothing, and without this
     * rule lockstep would grow with volume.
     */
    private void addLockstep() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (AccountStats a : scan.accounts) {
            if (a.interactions > 0) {
                first = Math.min(first, a.first);
                last = Math.max(last, a.last);
            }
        }
        if (first > last) {
            return;
        }
        long bucket = settings.lockstepBucketSeconds() * CaseScan.MICROS_PER_SECOND;
        long caseWindows = Math.floorDiv(last, bucket) - Math.floorDiv(first, bucket) + 1;
        Map<Long, KeyMembers> bands = new HashMap<>();
        for (AccountStats a : scan.accounts) {
            if (a.windows < settings.minLockstepWindows()
                    || MinSketch.filledBins(a.syncSketch) < settings.minLockstepWindows()
                    || a.windows > MAX_LOCKSTEP_ACTIVITY * caseWindows) {
                continue;
            }
            for (int band = 0; band < AccountStats.SYNC_BINS / AccountStats.SYNC_ROWS; band++) {
                long key = MinSketch.bandKey(a.syncSketch, band, AccountStats.SYNC_ROWS);
                if (key != 0) {
                    bands.computeIfAbsent(key, k -> new KeyMembers()).add(a.index, 1);
                }
            }
        }
        int n = 0;
        for (Map.Entry<Long, KeyMembers> e : new TreeMap<>(bands).entrySet()) {
            if (e.getValue().size >= 2) {
                add("lockstep", "group-" + (++n), e.getValue(), LOCKSTEP);
            }
        }
    }

    private void addCreationBursts() {
        long width = settings.creationBurstHours() * CaseScan.MICROS_PER_HOUR;
        Map<Long, KeyMembers> buckets = new TreeMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int withDate = 0;
        for (AccountStats a : scan.accounts) {
            Long created = a.info.createdAtMicros();
            if (created != null) {
                buckets.computeIfAbsent(Math.floorDiv(created, width), k -> new KeyMembers()).add(a.index, 1);
                min = Math.min(min, created);
                max = Math.max(max, created);
                withDate++;
            }
        }
        if (withDate == 0) {
            return;
        }
        double expected = withDate / Math.max(1.0, (double) (max - min) / width);
        for (Map.Entry<Long, KeyMembers> e : buckets.entrySet()) {
            if (e.getValue().size >= Math.max(5, 4 * expected)) {
                add("created", java.time.Instant.ofEpochSecond(e.getKey() * width / CaseScan.MICROS_PER_SECOND)
                        + " +" + settings.creationBurstHours() + "h", e.getValue(), CREATED);
            }
        }
    }

    private void addModelMoves() {
        if (scan.launch == null) {
            return;
        }
        Map<Long, KeyMembers> hours = new TreeMap<>();
        int moved = 0;
        for (AccountStats a : scan.accounts) {
            long delay = a.firstNewModelTs - scan.launch.launchTs();
            if (a.firstNewModelTs != Long.MAX_VALUE && delay >= 0 && delay < 2 * CaseScan.DAY) {
                hours.computeIfAbsent(delay / CaseScan.MICROS_PER_HOUR, k -> new KeyMembers()).add(a.index, 1);
                moved++;
            }
        }
        double expected = moved / 48.0;
        for (Map.Entry<Long, KeyMembers> e : hours.entrySet()) {
            if (e.getValue().size >= Math.max(5, 4 * expected)) {
                add("model_move", scan.launch.newModel() + " +" + e.getKey() + "h", e.getValue(), MODEL_MOVE);
            }
        }
    }
}
