package io.hydrascope.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.AccountProfile;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.Interaction;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.recipe.ScenarioLoader;
import io.hydrascope.scenario.recipe.ScenarioResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioGeneratorTest {
    private static final List<String> FILES = List.of(NativeFilesSink.INTERACTIONS, NativeFilesSink.ACCOUNTS,
            NativeFilesSink.LABELS, NativeFilesSink.SCENARIO);

    @TempDir
    Path tmp;

    private Path generate(String name, long seed, long interactions) throws IOException {
        Path dir = tmp.resolve(name);
        GeneratedFiles.generate(GeneratedFiles.preset(Presets.TEACHING, seed, interactions), dir);
        return dir;
    }

    @Test
    void sameSeedAndOptionsGiveByteIdenticalFiles() throws IOException {
        Path a = generate("a", 11, 4000);
        Path b = generate("b", 11, 4000);
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void differentSeedsGiveDifferentFiles() throws IOException {
        Path a = generate("a", 11, 4000);
        Path b = generate("b", 12, 4000);
        for (String file : List.of(NativeFilesSink.INTERACTIONS, NativeFilesSink.ACCOUNTS)) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(file)),
                    Files.readAllBytes(b.resolve(file))), file);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1500, 8000, 30000})
    void generatesWithinTwentyPercentOfTheRequestedInteractions(long requested) throws IOException {
        Path dir = generate("n" + requested, 5, requested);
        int rows = GeneratedFiles.rows(dir.resolve(NativeFilesSink.INTERACTIONS)).size();
        assertTrue(Math.abs(rows - requested) <= requested * 0.2, rows + " rows for " + requested + " requested");
    }

    @Test
    void labelsAndAccountsListTheSameAccountsAndEveryInteractionHasOne() throws IOException {
        Path dir = generate("x", 3, 5000);
        Set<String> accounts = new HashSet<>();
        GeneratedFiles.rows(dir.resolve(NativeFilesSink.ACCOUNTS)).forEach(r -> accounts.add(r.get("account_id")));
        Set<String> labelled = new HashSet<>();
        for (Map<String, String> r : GeneratedFiles.rows(dir.resolve(NativeFilesSink.LABELS))) {
            labelled.add(r.get("account_id"));
            assertNotNull(r.get("campaign"));
            assertNotNull(r.get("population"));
        }
        assertEquals(accounts, labelled);
        for (Map<String, String> r : GeneratedFiles.rows(dir.resolve(NativeFilesSink.INTERACTIONS))) {
            assertTrue(accounts.contains(r.get("account_id")), r.get("account_id"));
        }
    }

    @Test
    void interactionsParseBackWithTheNativeHeaderInTimeOrderAfterTheirAccountsWereCreated() throws IOException {
        Path dir = generate("x", 3, 5000);
        Path interactions = dir.resolve(NativeFilesSink.INTERACTIONS);
        assertEquals(Interaction.NATIVE_COLUMNS, GeneratedFiles.header(interactions));
        assertEquals(AccountProfile.NATIVE_COLUMNS, GeneratedFiles.header(dir.resolve(NativeFilesSink.ACCOUNTS)));
        assertEquals(NativeFilesSink.LABEL_COLUMNS, GeneratedFiles.header(dir.resolve(NativeFilesSink.LABELS)));
        Map<String, Instant> created = new HashMap<>();
        GeneratedFiles.rows(dir.resolve(NativeFilesSink.ACCOUNTS))
                .forEach(r -> created.put(r.get("account_id"), Instant.parse(r.get("created_at"))));
        Instant previous = Instant.MIN;
        Set<String> requestIds = new HashSet<>();
        for (Map<String, String> r : GeneratedFiles.rows(interactions)) {
            Instant t = Instant.parse(r.get("timestamp"));
            assertTrue(r.get("timestamp").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
            assertFalse(t.isBefore(previous), "rows out of order at " + r.get("request_id"));
            assertTrue(t.isAfter(created.get(r.get("account_id"))), "used before creation: " + r.get("account_id"));
            assertTrue(requestIds.add(r.get("request_id")), "duplicate request id");
            assertTrue(Integer.parseInt(r.get("turn")) >= 1);
            assertFalse(r.get("prompt").isBlank());
            previous = t;
        }
    }

    @Test
    void theWrittenScenarioFileRegeneratesTheSameFiles() throws IOException {
        Path first = generate("first", 21, 3000);
        Scenario again = new ScenarioLoader().load(first.resolve(NativeFilesSink.SCENARIO));
        Path second = tmp.resolve("second");
        GeneratedFiles.generate(new ScenarioResolver().resolve(again, null, null, "scenario.json"), second);
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file);
        }
    }

    @Test
    void stopsWithCancelledExceptionWhenCancelled() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        Scenario scenario = GeneratedFiles.preset(Presets.TEACHING, 1L, 2000L);
        ScenarioGenerator generator = new ScenarioGenerator(GeneratedFiles.library());
        assertThrows(CancelledException.class,
                () -> generator.writeFiles(scenario, tmp.resolve("c"), ProgressListener.NONE, token));
    }
}
