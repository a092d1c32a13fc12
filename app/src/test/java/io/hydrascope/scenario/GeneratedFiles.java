package io.hydrascope.scenario;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.recipe.ScenarioLoader;
import io.hydrascope.scenario.recipe.ScenarioResolver;
import io.hydrascope.scenario.text.PromptLibrary;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: generates small scenarios and reads the native files back with Jackson. */
public final class GeneratedFiles {
    private static PromptLibrary library;

    private GeneratedFiles() {
    }

    public static synchronized PromptLibrary library() {
        if (library == null) {
            library = PromptLibrary.standard();
        }
        return library;
    }

    public static Scenario preset(String name, Long seed, Long interactions) {
        return new ScenarioResolver().resolve(new Presets(new ScenarioLoader()).load(name), seed, interactions,
                "preset " + name);
    }

    public static GenerationSummary generate(Scenario resolved, Path dir) throws IOException {
        return new ScenarioGenerator(library()).writeFiles(resolved, dir, ProgressListener.NONE,
                new CancellationToken());
    }

    /** Every row of a native CSV file as column name to value, in file order. */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.EMPTY_STRING_AS_NULL);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /** The header of a CSV file, parsed by Jackson. */
    public static List<String> header(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(reader)) {
            return it.next();
        }
    }
}
