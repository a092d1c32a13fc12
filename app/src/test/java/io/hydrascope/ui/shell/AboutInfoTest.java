package io.hydrascope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutInfoTest {
    @TempDir
    Path dir;

    @Test
    void namesTheMainBundledLibrariesWithTheirLicences() {
        List<AboutInfo.Library> libraries = AboutInfo.bundledLibraries();
        assertTrue(libraries.contains(new AboutInfo.Library("OpenJFX (JavaFX)",
                "GNU General Public License v2 with the Classpath Exception")), libraries.toString());
        for (String name : List.of("ControlsFX", "GraphStream (gs-core)", "SQLite JDBC (xerial)", "Jackson",
                "picocli", "OpenHTMLtoPDF", "JFreeChart", "JFreeSVG")) {
            assertTrue(libraries.stream().anyMatch(l -> l.name().equals(name) && !l.licence().isBlank()), name);
        }
    }

    @Test
    void pointsAtTheReadmeAndDocsOfACheckoutNextToTheProgram() throws Exception {
        Path checkout = dir.resolve("hydrascope");
        Files.createDirectories(checkout.resolve("app").resolve("docs"));
        Files.writeString(checkout.resolve("README.md"), "# Hydrascope");
        AboutInfo about = AboutInfo.read(List.of(dir.resolve("elsewhere"), checkout));
        assertEquals(checkout, about.docs().orElseThrow());
        String text = about.text();
        assertTrue(text.startsWith("Hydrascope "), text);
        assertTrue(text.contains(checkout.resolve("README.md").toString()), text);
        assertTrue(text.contains(checkout.resolve("app").resolve("docs").toString()), text);
        assertTrue(text.contains("• JFreeSVG — GNU General Public License v3"), text);
    }

    @Test
    void withoutACheckoutItSaysWhereInTheSourceTheDocsAre() {
        AboutInfo about = AboutInfo.read(List.of(dir));
        assertFalse(about.docs().isPresent());
        assertTrue(about.text().contains("README.md and the guides in app/docs"), about.text());
        assertTrue(about.text().contains("--help"), about.text());
    }
}
