package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.TimeRange;
import io.hydrascope.model.TopicBreakdown;
import io.hydrascope.model.TopicBucket;
import io.hydrascope.model.TopicStat;
import io.hydrascope.report.AnalysedCase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicQueriesTest extends AnalysedCaseReaderTest {
    private static long count(String sql) {
        try (var ps = session.connection().prepareStatement(sql); var rs = ps.executeQuery()) {
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static TopicStat topic(TopicBreakdown b, String topic) {
        return b.topics().stream().filter(t -> t.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError(topic + " not in " + b));
    }

    @Test
    void caseBreakdownCountsEveryClassifiedInteractionAndAddsUpToOne() {
        TopicBreakdown b = new TopicQueries(session).breakdown(InteractionScope.CASE, InteractionCriteria.NONE,
                TopicQueries.Baseline.UNFLAGGED);
        assertEquals(count("SELECT count(*) FROM interaction_topics"), b.interactions());
        assertEquals(count("SELECT sum(cot) FROM interaction_topics"), b.chainOfThought());
        assertEquals(1.0, b.topics().stream().mapToDouble(TopicStat::share).sum(), 1e-9);
        assertEquals(count("SELECT count(*) FROM interaction_topics t JOIN interactions i ON i.id = t.interaction_id "
                + "WHERE i.account_ref NOT IN (SELECT account_ref FROM account_results WHERE flagged = 1)"),
                b.baselineInteractions());
    }

    @Test
    void campaignClusterAsksForCodeAndReasoningFarMoreThanTheBenignBaseline() {
        TopicBreakdown b = new TopicQueries(session).breakdown(InteractionScope.cluster(cluster),
                InteractionCriteria.NONE, TopicQueries.Baseline.UNFLAGGED);
        assertEquals(count("SELECT count(*) FROM interactions i JOIN account_results r ON r.account_ref = "
                + "i.account_ref WHERE r.cluster_id = " + cluster), b.interactions());
        TopicStat coding = topic(b, "coding");
        // the organisation's follow-ups ("now the test fails") count as coding too, taken from their first turn
        assertTrue(coding.lift() > 1.5, "lift " + coding.lift());
        assertTrue(coding.chainOfThoughtRate() > 0.95, "cot " + coding.chainOfThoughtRate());
        assertTrue(b.chainOfThoughtRate() > 3 * b.baselineChainOfThoughtRate(), "cot " + b);
    }

    @Test
    void accountScopeAgainstTheRestOfTheCaseLeavesTheAccountOutOfItsBaseline() {
        TopicBreakdown b = new TopicQueries(session).breakdown(InteractionScope.account("user-03"),
                InteractionCriteria.NONE, TopicQueries.Baseline.REST);
        long mine = count("SELECT count(*) FROM interactions i JOIN accounts a ON a.id = i.account_ref "
                + "WHERE a.account_id = 'user-03'");
        assertEquals(mine, b.interactions());
        assertEquals(count("SELECT count(*) FROM interaction_topics") - mine, b.baselineInteractions());
    }

    @Test
    void filterByModelAndWindowNarrowsEveryCount() {
        TimeRange span = new TopicQueries(session).span(InteractionScope.CASE, InteractionCriteria.NONE);
        TimeRange firstDay = new TimeRange(span.fromMicros(), span.fromMicros() + 86_400_000_000L);
        InteractionCriteria filter = new InteractionCriteria(Set.of(), Set.of("atlas-3"), firstDay, 0);
        TopicBreakdown b = new TopicQueries(session).breakdown(InteractionScope.CASE, filter,
                TopicQueries.Baseline.UNFLAGGED);
        assertEquals(count("SELECT count(*) FROM interactions i JOIN interaction_topics t ON t.interaction_id = i.id "
                + "WHERE i.model = 'atlas-3' AND i.ts >= " + firstDay.fromMicros() + " AND i.ts < "
                + firstDay.toMicros()), b.interactions());
        InteractionCriteria risky = new InteractionCriteria(Set.of(), Set.of(), null, 0.3);
        TopicBreakdown flagged = new TopicQueries(session).breakdown(InteractionScope.CASE, risky,
                TopicQueries.Baseline.UNFLAGGED);
        assertEquals(count("SELECT count(*) FROM interactions i JOIN account_results r ON r.account_ref = "
                + "i.account_ref WHERE r.risk >= 0.3"), flagged.interactions());
    }

    @Test
    void topicsOverTimeAddUpToTheBreakdownPerTopic() {
        TopicQueries q = new TopicQueries(session);
        TimeRange span = q.span(InteractionScope.cluster(cluster), InteractionCriteria.NONE);
        List<TopicBucket> buckets = q.overTime(InteractionScope.cluster(cluster), InteractionCriteria.NONE,
                span.fromMicros(), 86_400_000_000L);
        TopicBreakdown b = q.breakdown(InteractionScope.cluster(cluster), InteractionCriteria.NONE,
                TopicQueries.Baseline.UNFLAGGED);
        for (TopicStat s : b.topics()) {
            assertEquals(s.interactions(), buckets.stream().filter(x -> x.topic().equals(s.topic()))
                    .mapToLong(TopicBucket::interactions).sum(), s.topic());
        }
        assertTrue(buckets.stream().mapToLong(TopicBucket::startMicros).distinct().count() >= 7);
    }

    @Test
    void pagesThroughATopicsPromptsInTimeOrderWithoutOverlap() {
        TopicQueries q = new TopicQueries(session);
        InteractionScope scope = InteractionScope.cluster(cluster);
        List<PromptRow> first = q.prompts(scope, InteractionCriteria.NONE, "coding", 0, 50);
        List<PromptRow> second = q.prompts(scope, InteractionCriteria.NONE, "coding", 50, 50);
        assertEquals(50, first.size());
        assertTrue(first.get(49).timestampMicros() <= second.get(0).timestampMicros());
        assertTrue(first.stream().allMatch(r -> r.topic().equals("coding")));
        assertTrue(second.stream().noneMatch(r -> first.stream().anyMatch(f -> f.interactionId() == r.interactionId())));
        PromptRow longOne = q.prompts(scope, InteractionCriteria.NONE, topicOf(AnalysedCase.LONG_REQUEST), 0, 10_000)
                .stream().filter(r -> r.requestId().equals(AnalysedCase.LONG_REQUEST)).findFirst().orElseThrow();
        assertEquals(TopicQueries.PREVIEW_CHARS, longOne.preview().length());
        assertTrue(longOne.promptLength() > 7000);
        assertEquals(longOne.promptLength(), q.fullPrompt(longOne.interactionId()).length());
    }

    private static String topicOf(String requestId) {
        try (var ps = session.connection().prepareStatement("SELECT t.topic FROM interaction_topics t "
                + "JOIN interactions i ON i.id = t.interaction_id WHERE i.request_id = ?")) {
            ps.setString(1, requestId);
            try (var rs = ps.executeQuery()) {
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
