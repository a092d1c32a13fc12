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
        + "literally). Matches are shown between [[ and ]].")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CaseOption caseOption;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to find.")
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
            for (PromptHit hit : store.promptIndex().search(String.join(" ", words), limit)) {
                String snippet = hit.snippet().replace(PromptHit.MATCH_START + "", "[[")
                        .replace(PromptHit.MATCH_END + "", "]]").replaceAll("\\s+", " ");
                Instant at = Instant.ofEpochSecond(Math.floorDiv(hit.timestampMicros(), 1_000_000L));
                out.printf("%s  %s  %s%n    %s%n", at, hit.accountId(), hit.requestId(), snippet);
            }
        }
        return 0;
    }
}
