package io.hydrascope.cli;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.GenerationSummary;
import io.hydrascope.scenario.NativeFilesSink;
import io.hydrascope.scenario.ScenarioGenerator;
import io.hydrascope.scenario.recipe.Presets;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.recipe.ScenarioException;
import io.hydrascope.scenario.recipe.ScenarioLoader;
import io.hydrascope.scenario.recipe.ScenarioResolver;
import io.hydrascope.scenario.text.PromptLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hydrascope generate}: writes a synthetic scenario in the native formats. */
@Command(name = "generate",
        description = {
            "Generates a synthetic API-log scenario: interactions.csv, accounts.csv, labels.csv and scenario.json.",
            "The same options and seed always give byte-identical files.",
            "Presets: teaching (a small week for learning the workbench), public-reports (the campaigns of the "
                    + "public reports and their look-alikes; the default), hard (a content-only campaign among "
                    + "innocent crowds that share prompt text). Scenario files are documented in "
                    + "app/docs/scenarios.md."})
public final class GenerateCommand implements Callable<Integer> {
    private static final long PROGRESS_MILLIS = 5_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's own).")
    Long seed;

    @Option(names = "--interactions", paramLabel = "N",
            description = "Approximate number of interactions (default: the scenario's own); account counts scale "
                    + "with it.")
    Long interactions;

    @Option(names = "--quiet", description = "Do not report progress.")
    boolean quiet;

    @ArgGroup(exclusive = true)
    Source source;

    /** Where the recipe comes from: a preset or a file, not both. */
    static final class Source {
        @Option(names = "--preset", paramLabel = "NAME", completionCandidates = PresetNames.class,
                description = "A built-in scenario: ${COMPLETION-CANDIDATES} (default public-reports).")
        String preset;

        @Option(names = "--scenario", paramLabel = "FILE.json", description = "A scenario file.")
        Path scenario;
    }

    /** The preset names, for help and completion. */
    static final class PresetNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Presets.NAMES.iterator();
        }
    }

    private final ScenarioLoader loader;
    private final ScenarioResolver resolver;

    public GenerateCommand() {
        this(new ScenarioLoader(), new ScenarioResolver());
    }

    GenerateCommand(ScenarioLoader loader, ScenarioResolver resolver) {
        this.loader = loader;
        this.resolver = resolver;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Scenario resolved;
        try {
            resolved = resolve();
        } catch (ScenarioException e) {
            err.println("hydrascope: " + TerminalText.safe(e.getMessage()));
            return 2;
        }
        long started = System.nanoTime();
        ScenarioGenerator generator = new ScenarioGenerator(PromptLibrary.standard());
        GenerationSummary summary = generator.writeFiles(resolved, out, progress(err), new CancellationToken());
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Generated %,d interactions for %,d accounts (scenario %s, seed %d) in %s%n",
                summary.interactions(), summary.accounts(), TerminalText.safe(resolved.name()), resolved.seed(),
                TerminalText.safe(out));
        o.printf(Locale.ROOT, "%.1f s, %,.0f rows/s; files: %s, %s, %s, %s%n", seconds,
                summary.interactions() / seconds, NativeFilesSink.INTERACTIONS, NativeFilesSink.ACCOUNTS,
                NativeFilesSink.LABELS, NativeFilesSink.SCENARIO);
        return 0;
    }

    private Scenario resolve() {
        if (source != null && source.scenario != null) {
            return resolver.resolve(loader.load(source.scenario), seed, interactions, source.scenario.toString());
        }
        String name = source != null && source.preset != null ? source.preset : Presets.DEFAULT;
        return resolver.resolve(new Presets(loader).load(name), seed, interactions, "preset " + name);
    }

    private ProgressListener progress(PrintWriter err) {
        if (quiet) {
            return ProgressListener.NONE;
        }
        long[] last = {System.currentTimeMillis()};
        return (done, total, message) -> {
            long now = System.currentTimeMillis();
            if (now - last[0] >= PROGRESS_MILLIS && total > 0) {
                last[0] = now;
                err.printf(Locale.ROOT, "%3d%%  %,d rows  %s%n", Math.min(100, done * 100 / total), done,
                        TerminalText.safe(message));
                err.flush();
            }
        };
    }
}
