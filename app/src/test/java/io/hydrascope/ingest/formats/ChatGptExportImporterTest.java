package io.hydrascope.ingest.formats;

import static io.hydrascope.ingest.formats.ImportHarness.counts;
import static io.hydrascope.ingest.formats.ImportHarness.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.model.ImportRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatGptExportImporterTest {
    private static final ImportOptions ANA = ImportOptions.DEFAULT.withAccountName("ana@example.org");

    @RegisterExtension
    final ImportHarness harness = new ImportHarness();

    @Test
    void everyUserMessageBecomesAnInteractionOfTheNamedAccount() {
        ImportRecord r = harness.ingest(fixture("chatgpt_conversations.json"), ANA);
        assertEquals("ChatGPT data export (json array)", r.format());
        assertEquals(counts(5, 4, 0, 0, 1), r.counts());
        assertEquals(List.of("ana@example.org"), harness.column("SELECT DISTINCT account_id FROM interactions_v"));
        assertEquals(2, harness.count("SELECT count(DISTINCT conversation_id) FROM interactions"));
        assertTrue(r.message().contains("skipped, custom instructions (user_editable_context), not a prompt"),
                r.message());
    }

    @Test
    void turnsFollowTheMessageTreeAndEditedMessagesShareTheirTurn() {
        harness.ingest(fixture("chatgpt_conversations.json"), ANA);
        assertEquals("1", harness.row("c-1/u1").get("turn"));
        assertEquals("2", harness.row("c-1/u2a").get("turn"));
        assertEquals("2", harness.row("c-1/u2b").get("turn"));
        assertEquals("1", harness.row("c-2/u3").get("turn"), "custom instructions are not a turn");
    }

    @Test
    void modelAndToolCallsComeFromTheReplyOnTheBranchTheConversationEndedOn() {
        harness.ingest(fixture("chatgpt_conversations.json"), ANA);
        Map<String, String> edited = harness.row("c-1/u2b");
        assertEquals("atlas-4-code", edited.get("model"));
        assertEquals("1", edited.get("tool_calls"));
        assertEquals("Show it in Rust, and run it", edited.get("prompt"));
        assertEquals("2026-02-03T12:03:20.000Z", edited.get("timestamp"));
        Map<String, String> first = harness.row("c-1/u1");
        assertEquals("atlas-4", first.get("model"));
        assertEquals("0", first.get("tool_calls"));
        assertEquals("2026-02-03T12:00:00.500Z", first.get("timestamp"));
    }

    @Test
    void imagePartsAreLeftOutAndMissingTimesAndModelsFallBackToTheConversation() {
        ImportRecord r = harness.ingest(fixture("chatgpt_conversations.json"), ANA);
        Map<String, String> row = harness.row("c-2/u3");
        assertEquals("Write a limerick about this picture", row.get("prompt"));
        assertEquals("atlas-3", row.get("model"));
        assertEquals("2026-02-03T13:00:00.000Z", row.get("timestamp"));
        assertTrue(r.message().contains("1 record: message without create_time: the conversation's create_time "
                + "was used"), r.message());
    }

    @Test
    void withoutAnAccountOptionTheAccountIsNamedAfterTheFile() {
        harness.ingest(fixture("chatgpt_conversations.json"));
        assertEquals(List.of("chatgpt:chatgpt_conversations"),
                harness.column("SELECT DISTINCT account_id FROM interactions_v"));
    }
}
