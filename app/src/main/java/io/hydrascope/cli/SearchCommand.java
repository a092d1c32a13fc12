package io.hydrascope.cli;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.PromptHit;
import io.hydrascope.store.CaseStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hydrascope search}: full-text search over prompts. */
@Command(name = "search", description = "Full-text search over prompts (all words must occur; each is taken "
        + "literally). Matches are shown between [[ and ]]; \"no matches\" when there are none.",
        showEndOfOptionsDelimiterInUsageHelp = true,
        footer = {"", "Words that start with a dash go after --, which ends the options:",
            "  hydrascope search --case demo.hcase -- -python"})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to find (after -- when one starts with "
            + "a dash).")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "Most hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--build-index", description = "Finish building the search index first if it is not ready "
            + "(the only way this command writes to the case).")
    boolean buildIndex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CaseStore store = buildIndex ? CaseStore.open(caseOption.file)
                : CaseStore.openReadOnly(caseOption.file)) {
            if (!store.promptIndex().isReady()) {
                if (!buildIndex) {
                    err.println("hydrascope: the search index is still being built; results cover only part of the "
                            + "case (use --build-index to finish it now)");
                } else {
                    StderrProgress progress = new StderrProgress(err);
                    store.promptIndex().build(progress, new CancellationToken());
                    progress.finish();
                }
            }
            List<PromptHit> hits = store.promptIndex().search(String.join(" ", words), limit);
            for (PromptHit hit : hits) {
                Instant at = Instant.ofEpochSecond(Math.floorDiv(hit.timestampMicros(), 1_000_000L));
                out.printf("%s  %s  %s%n    %s%n", at, TerminalText.safe(hit.accountId()),
                        TerminalText.safe(hit.requestId()), snippet(hit.snippet()));
            }
            if (hits.isEmpty()) {
                out.println("no matches");
            }
        }
        return 0;
    }

    /** The snippet on one line, matches between [[ and ]], the prompt's own text escaped for the terminal. */
    private static String snippet(String marked) {
        StringBuilder out = new StringBuilder(marked.length() + 16);
        int from = 0;
        for (int i = 0; i <= marked.length(); i++) {
            char c = i < marked.length() ? marked.charAt(i) : 0;
            if (i == marked.length() || c == PromptHit.MATCH_START || c == PromptHit.MATCH_END) {
                out.append(TerminalText.safe(marked.substring(from, i).replaceAll("\\s+", " ")));
                if (i < marked.length()) {
                    out.append(c == PromptHit.MATCH_START ? "[[" : "]]");
                }
                from = i + 1;
            }
        }
        return out.toString();
    }
}
