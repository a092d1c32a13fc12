package io.hydrascope.ui.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

/** The import chooser's default filter shows every file the importer reads. */
class ImportFileFilterTest {
    private static boolean shownBy(FileChooser.ExtensionFilter filter, Path file) {
        return filter.getExtensions().stream().anyMatch(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)
                .matches(file.getFileName()));
    }

    @Test
    void theDefaultFilterShowsASampleOfEveryRecognisedFormatAndTheBundledSample() throws Exception {
        FileChooser.ExtensionFilter logs = FxDialogService.importFilters().get(0);
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/io/hydrascope/ingest/formats"))) {
            samples = files.filter(f -> !f.getFileName().toString().endsWith("_profile.json")).toList();
        }
        assertTrue(samples.size() >= 10, "the format samples are found: " + samples);
        for (Path sample : samples) {
            assertTrue(shownBy(logs, sample), sample + " is hidden by " + logs.getExtensions());
        }
        for (String name : List.of("conversations.json", "interactions.csv.gz", "spans.ndjson", "EXPORT.CSV",
                "traces.jsonl")) {
            assertTrue(shownBy(logs, Path.of(name)), name);
        }
        assertFalse(shownBy(logs, Path.of("notes.txt")), "only log files by default");
    }

    @Test
    void allFilesCanStillBeChosen() {
        List<FileChooser.ExtensionFilter> filters = FxDialogService.importFilters();
        FileChooser.ExtensionFilter last = filters.get(filters.size() - 1);
        assertEquals("All files", last.getDescription());
        assertTrue(shownBy(last, Path.of("notes.txt")));
        assertTrue(filters.get(0).getDescription().contains("*.json"), filters.get(0).getDescription());
    }
}
