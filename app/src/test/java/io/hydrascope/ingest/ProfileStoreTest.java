package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path dir;

    private static MappingProfile profile(String name, List<String> header, String timestampColumn) {
        return MappingProfile.interactions(name, header, Map.of("timestamp", timestampColumn, "account_id", "user"),
                Map.of(), TimestampFormat.AUTO);
    }

    @Test
    void savedProfilesAreListedByNameAndFoundWhateverTheCase() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        assertEquals(List.of(), store.list(), "a directory not yet created holds no profiles");
        Path file = store.save(profile("Acme Gateway (v2)", List.of("time", "user"), "time"));
        store.save(profile("beta", List.of("ts", "user"), "ts"));
        assertEquals("acme-gateway-v2.json", file.getFileName().toString());
        assertEquals(List.of("Acme Gateway (v2)", "beta"), store.list().stream().map(MappingProfile::name).toList());
        assertEquals("time", store.find("acme gateway (V2)").orElseThrow().fields().get("timestamp"));
    }

    @Test
    void savingUnderAnExistingNameReplacesAndDeleteRemoves() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.save(profile("p", List.of("a", "user"), "a"));
        store.save(profile("p", List.of("b", "user"), "b"));
        assertEquals(1, store.list().size());
        assertEquals("b", store.find("p").orElseThrow().fields().get("timestamp"));
        assertTrue(store.delete("p"));
        assertFalse(store.delete("p"));
        assertTrue(store.find("p").isEmpty());
    }

    @Test
    void profileMadeForTheSameHeaderIsOfferedFirstThenProfilesThatFit() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.save(profile("fits", List.of("time", "user", "other"), "time"));
        store.save(profile("exact", List.of("Time", "User", "Prompt"), "time"));
        store.save(profile("unrelated", List.of("ts", "user"), "ts"));
        List<String> header = List.of("prompt", "user", "time");
        assertEquals(List.of("exact", "fits"), store.matching(header).stream().map(MappingProfile::name).toList());
        assertEquals("exact", store.forHeader(header).orElseThrow().name());
        assertTrue(store.forHeader(List.of("x")).isEmpty());
    }

    @Test
    void filesThatAreNotProfilesAreLeftOutAndReported() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.save(profile("good", List.of("t", "user"), "t"));
        Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"fields\": {}}");
        assertEquals(List.of("good"), store.list().stream().map(MappingProfile::name).toList());
        assertEquals(1, store.unreadable().size());
        assertTrue(store.unreadable().get(0).contains("broken.json"), store.unreadable().get(0));
    }

    @Test
    void defaultDirectoryIsInTheHomeFolderUnlessConfigured() {
        String before = System.getProperty(ProfileStore.DIRECTORY_PROPERTY);
        try {
            System.clearProperty(ProfileStore.DIRECTORY_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".hydrascope", "profiles"),
                    ProfileStore.defaultDirectory());
            System.setProperty(ProfileStore.DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir, ProfileStore.defaultDirectory());
        } finally {
            if (before == null) {
                System.clearProperty(ProfileStore.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(ProfileStore.DIRECTORY_PROPERTY, before);
            }
        }
    }
}
