package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.analysis.topics.Topic;
import io.hydrascope.model.AccountInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lockstep links accounts whose activity shares the same windows beyond chance: a scheduler's bursts, not two
 * always-on integrations that are busy in every window anyway.
 */
class LockstepTest {
    private static final long MINUTE = 60_000_000L;
    private static final long DAY = 24 * 60 * MINUTE;

    @Test
    void burstsOnOneScheduleLinkButAlwaysOnAccountsDoNot() {
        List<AccountInfo> infos = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            infos.add(new AccountInfo(i, "acct-" + i, null, null, null, null, null, null));
        }
        List<ScannedRow> rows = new ArrayList<>();
        long id = 1;
        // accounts 1-3: the same 120 bursts at irregular times over 14 days
        for (int burst = 0; burst < 120; burst++) {
            long t = burst * (14 * DAY / 120) + (burst * 7919L % 97) * MINUTE;
            for (int acct = 1; acct <= 3; acct++) {
                rows.add(row(id++, acct, t + acct * 1_000_000L));
            }
        }
        // accounts 4-5: busy in every ten-minute window of the 14 days; account 6: a few random hours
        for (long t = 0; t < 14 * DAY; t += 10 * MINUTE) {
            rows.add(row(id++, 4, t + MINUTE));
            rows.add(row(id++, 5, t + 2 * MINUTE));
        }
        for (int k = 0; k < 12; k++) {
            rows.add(row(id++, 6, k * 27 * 60 * MINUTE + 3 * MINUTE));
        }
        rows.sort(java.util.Comparator.comparingLong(ScannedRow::id));
        CaseScan scan = new CaseScan(infos, 1, id - 1, new LaunchInfo("new-model", Long.MAX_VALUE, "m"),
                AnalysisSettings.DEFAULTS);
        rows.forEach(scan::add);
        List<LinkKeyDraft> keys = new LinkKeyBuilder(scan, AnalysisSettings.DEFAULTS).build(Map.of());
        Set<Integer> inLockstep = new HashSet<>();
        keys.stream().filter(k -> k.kind().equals("lockstep")).forEach(k -> {
            for (int a : k.accounts()) {
                inLockstep.add(a);
            }
        });
        assertTrue(inLockstep.containsAll(Set.of(0, 1, 2)), "the scheduled accounts: " + inLockstep);
        assertEquals(Set.of(0, 1, 2), inLockstep, "always-on and random accounts stay out");
    }

    private static ScannedRow row(long id, int account, long ts) {
        return new ScannedRow(id, account, ts, "10.0." + account + ".1", "ua-" + account, "m", null, 0,
                "prompt " + id, Topic.GENERAL, 1f, false);
    }
}
