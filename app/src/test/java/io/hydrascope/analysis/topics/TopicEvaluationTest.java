package io.hydrascope.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicEvaluationTest {
    @Test
    void countsAccuracyPrecisionRecallAndConfusion() {
        TopicEvaluation e = new TopicEvaluation();
        e.add(Topic.CODING, Topic.CODING, true, true);
        e.add(Topic.CODING, Topic.GENERAL, false, true);
        e.add(Topic.REASONING, Topic.REASONING, null, false);
        e.add(Topic.GENERAL, Topic.TOOL_USE, true, false);
        assertEquals(0.5, e.accuracy(), 1e-9);
        assertEquals(0.75, e.mappedAccuracy(), 1e-9, "tool-use counts as general in the three-way mapping");
        assertEquals(1, e.count(Topic.CODING, Topic.GENERAL));
        TopicEvaluation.TopicScore coding = e.perTopic().stream().filter(s -> s.topic().equals(Topic.CODING))
                .findFirst().orElseThrow();
        assertEquals(1.0, coding.precision(), 1e-9);
        assertEquals(0.5, coding.recall(), 1e-9);
        assertEquals(3, e.chainOfThoughtLabelled());
        assertEquals(0.5, e.chainOfThoughtPrecision(), 1e-9);
        assertEquals(0.5, e.chainOfThoughtRecall(), 1e-9);
        assertTrue(e.format().contains("confusion (rows: labelled, columns: predicted)"));
    }
}
