package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void scoresAccountsPerCampaignAndCountsFalsePositivesByPopulation() {
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            labels.put("a" + i, new String[] {"camp-a", "x"});
        }
        for (int i = 0; i < 4; i++) {
            labels.put("b" + i, new String[] {"camp-b", "y"});
        }
        for (int i = 0; i < 20; i++) {
            labels.put("o" + i, new String[] {"benign", i < 10 ? "ordinary" : "organisation"});
        }
        Map<String, Long> flagged = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            flagged.put("a" + i, 1L);
        }
        flagged.put("o0", 1L);
        flagged.put("b0", 2L);
        flagged.put("b1", 2L);
        flagged.put("stranger", 3L);

        Evaluation.Report r = Evaluation.evaluate(labels, flagged);

        assertEquals(new Evaluation.Score(11, 1, 3), r.overall());
        assertEquals(new Evaluation.Score(9, 1, 1), r.perCampaign().get("camp-a"));
        assertEquals(0.9, r.perCampaign().get("camp-a").precision(), 1e-9);
        assertEquals(new Evaluation.Score(2, 0, 2), r.perCampaign().get("camp-b"));
        assertEquals(0.5, r.perCampaign().get("camp-b").recall(), 1e-9);
        assertArrayEquals(new long[] {1, 10}, r.benignByPopulation().get("ordinary"));
        assertArrayEquals(new long[] {0, 10}, r.benignByPopulation().get("organisation"));
        assertEquals(1, r.unlabelledFlagged());
    }

    @Test
    void showsTwoCampaignsMergedIntoOneNetworkThoughEveryAccountIsRight() {
        Map<String, String[]> labels = new LinkedHashMap<>();
        Map<String, Long> flagged = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            labels.put("a" + i, new String[] {"alpha", null});
            flagged.put("a" + i, 7L);
            labels.put("b" + i, new String[] {"beta", null});
            flagged.put("b" + i, 7L);
        }
        labels.put("c0", new String[] {"beta", null});
        flagged.put("c0", 9L);
        Evaluation.Report r = Evaluation.evaluate(labels, flagged);
        assertEquals(1.0, r.overall().precision(), 1e-9);
        assertEquals(Map.of("alpha", 3L, "beta", 3L), r.networks().get(7L));
        assertEquals(0.5, Evaluation.Report.purity(r.networks().get(7L)), 1e-9);
        assertEquals(1.0, Evaluation.Report.purity(r.networks().get(9L)), 1e-9);
    }
}
