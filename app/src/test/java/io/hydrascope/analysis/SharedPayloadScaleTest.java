package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.AccountInfo;
import io.hydrascope.model.ClusterSignal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared-payload signal depends on the task space a group's shared requests cover, not on how many accounts
 * draw from it or how much each sends: the same bank gives the same verdict at any scale.
 */
class SharedPayloadScaleTest {
    @Test
    void effectiveCountWeighsTextsByUse() {
        ClusterEvidence bank = new ClusterEvidence();
        for (int t = 0; t < 500; t++) {
            add(bank, 3);
        }
        assertEquals(500, bank.effectiveSharedTexts(), 1e-9);
        ClusterEvidence viral = new ClusterEvidence();
        add(viral, 10_000);
        for (int t = 0; t < 50; t++) {
            add(viral, 1);
        }
        assertEquals(1.0, viral.effectiveSharedTexts(), 0.02);
        assertEquals(51, viral.sharedTexts);
    }

    @Test
    void theSameBankWeighsTheSameForTenAccountsAndForFourThousand() {
        double small = payloadContribution(10, 40, bank(400, 2));
        double large = payloadContribution(4000, 40, bank(400, 800));
        double heavy = payloadContribution(10, 1200, bank(400, 60));
        assertTrue(small > 0.7, "a task bank shared by ten accounts: " + small);
        assertEquals(small, large, 1e-9);
        assertEquals(small, heavy, 1e-9);
    }

    @Test
    void aFewPopularTextsAreNoTaskSpaceAtAnyScale() {
        ClusterEvidence few = new ClusterEvidence();
        for (int t = 0; t < 12; t++) {
            add(few, 500);
        }
        assertEquals(0, payloadContribution(4000, 40, few), 1e-9);
        assertEquals(0, payloadContribution(10, 40, few), 1e-9);
    }

    private static ClusterEvidence bank(int texts, long usesEach) {
        ClusterEvidence ev = new ClusterEvidence();
        for (int t = 0; t < texts; t++) {
            add(ev, usesEach);
        }
        return ev;
    }

    private static void add(ClusterEvidence ev, long uses) {
        ev.sharedTexts++;
        ev.sharedTextUses += uses;
        ev.sharedTextUsesSquared += (double) uses * uses;
    }

    /** Members that send half their prompts from the shared bank, in a case where nobody else does. */
    private static double payloadContribution(int members, long interactionsEach, ClusterEvidence ev) {
        List<AccountStats> all = new ArrayList<>();
        List<AccountStats> group = new ArrayList<>();
        for (int i = 0; i < members + 50; i++) {
            AccountStats a = new AccountStats(i, new AccountInfo(i + 1, "a" + i, null, null, null, null, null, null));
            a.interactions = interactionsEach;
            if (i < members) {
                a.clusterPayload = interactionsEach / 2;
                group.add(a);
            }
            all.add(a);
        }
        RiskModel model = new RiskModel(Baselines.of(all, 0), AnalysisSettings.DEFAULTS, 0);
        return model.assess(group, ev).signals().stream().filter(s -> s.signal().equals("shared_payload"))
                .mapToDouble(ClusterSignal::contribution).findFirst().orElseThrow();
    }
}
