package io.hydrascope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path dir;
    final List<String> problems = new ArrayList<>();

    private UserSettings load() {
        return UserSettings.load(dir.resolve("home/settings.properties"), "root", Runnable::run, problems::add);
    }

    @Test
    void signsWithTheSystemUserUntilANameIsSetThenWithTheNameAfterARestart() {
        UserSettings first = load();
        assertFalse(first.hasAnalystName());
        assertEquals("root", first.signature());
        assertTrue(first.signatureNote().contains("set your own name in File → Settings…"), first.signatureNote());

        first.setAnalystName("  Dana   Kowalski ");
        assertEquals("Dana Kowalski", first.signature());
        assertEquals("Signed as Dana Kowalski · change it in File → Settings…", first.signatureNote());

        UserSettings again = load();
        assertEquals("Dana Kowalski", again.signature(), "kept in the home folder's settings file");
        again.setAnalystName("");
        assertEquals("root", load().signature(), "clearing the name goes back to the system user");
        assertEquals(List.of(), problems);
    }

    @Test
    void remembersTheReportTeamAndATitlePerCase() {
        UserSettings s = load();
        assertEquals(UserSettings.DEFAULT_TEAM, s.reportTeam());
        s.setReportTeam("Threat intel, EMEA");
        s.setReportTitle(dir.resolve("a.hcase"), "Operation Lantern");
        UserSettings again = load();
        assertEquals("Threat intel, EMEA", again.reportTeam());
        assertEquals("Operation Lantern", again.reportTitle(dir.resolve("a.hcase")));
        assertEquals("", again.reportTitle(dir.resolve("b.hcase")));
    }

    @Test
    void anUnreadableFileIsReportedAndNothingIsSet() throws Exception {
        Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("home/settings.properties"), "analyst.name=\\u12");
        UserSettings s = load();
        assertEquals("root", s.signature());
        assertEquals(1, problems.size(), problems.toString());
    }
}
