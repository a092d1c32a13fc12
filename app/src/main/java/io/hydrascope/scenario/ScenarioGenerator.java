package io.hydrascope.scenario;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.Interaction;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.scenario.recipe.Scenario;
import io.hydrascope.scenario.sim.SimAccount;
import io.hydrascope.scenario.sim.Simulation;
import io.hydrascope.scenario.text.PromptLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a scenario's accounts and interactions. The log is produced slice by slice (at most an hour of traffic
 * at a time), each slice sorted and handed to the sink before the next is made, so memory stays flat however many
 * rows are asked for; only the accounts are held. The same resolved scenario always gives the same rows.
 *
 * <p>Thread rule: the sink and the progress listener are called on the caller's thread only; the slices are made on
 * one worker thread per call (see {@link SliceProducer}). The service holds no state between calls and may be
 * shared. Progress is reported every {@value #PROGRESS_EVERY} rows.
 */
public final class ScenarioGenerator {
    static final long PROGRESS_EVERY = 50_000;

    private final PromptLibrary library;

    public ScenarioGenerator(PromptLibrary library) {
        this.library = library;
    }

    /** Generates into the native files in {@code dir} (created if needed; existing files are replaced). */
    public GenerationSummary writeFiles(Scenario resolved, Path dir, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        try (NativeFilesSink sink = new NativeFilesSink(dir)) {
            return generate(resolved, sink, progress, cancel);
        }
    }

    /**
     * Generates into a sink.
     *
     * @param resolved a scenario from {@link io.hydrascope.scenario.recipe.ScenarioResolver}
     * @throws io.hydrascope.model.CancelledException when {@code cancel} is cancelled (the sink is left incomplete)
     */
    public GenerationSummary generate(Scenario resolved, GenerationSink sink, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        progress.progress(0, resolved.interactions(), "building accounts");
        Simulation simulation = new Simulation(resolved, library);
        Map<String, Counter> bySource = new LinkedHashMap<>();
        Map<String, Counter> byAccount = new HashMap<>();
        List<GeneratedAccount> accounts = new ArrayList<>();
        simulation.accountsBySource().forEach((id, members) -> {
            Counter counter = bySource.computeIfAbsent(id, k -> new Counter(members));
            for (SimAccount a : members) {
                byAccount.put(a.id(), counter);
                accounts.add(new GeneratedAccount(a.profile(), a.campaign(), a.population()));
            }
        });
        accounts.sort(Comparator.comparing(a -> a.profile().accountId()));
        sink.accounts(accounts);
        String newModel = resolved.models().newModel();
        long rows = 0;
        long reported = 0;
        try (SliceProducer producer = new SliceProducer(simulation, cancel)) {
            for (SliceProducer.Batch batch = producer.next(); batch.rows() != null; batch = producer.next()) {
                cancel.throwIfCancelled();
                for (Interaction row : batch.rows()) {
                    sink.interaction(withRequestId(row, simulation.requestId(rows)));
                    byAccount.get(row.accountId()).count(newModel.equals(row.model()));
                    rows++;
                }
                if (rows - reported >= PROGRESS_EVERY) {
                    reported = rows;
                    progress.progress(rows, resolved.interactions(), "generating "
                            + IsoTime.format(simulation.sliceStart(batch.slice())).substring(0, 13) + "h");
                }
            }
        }
        GenerationSummary summary = summary(resolved, rows, accounts.size(), bySource);
        sink.finish(resolved, summary);
        progress.progress(rows, rows, "done");
        return summary;
    }

    private static Interaction withRequestId(Interaction r, String requestId) {
        return new Interaction(requestId, r.timestampMicros(), r.accountId(), r.ip(), r.userAgent(), r.model(),
                r.conversationId(), r.turn(), r.inputTokens(), r.outputTokens(), r.toolCalls(), r.status(),
                r.prompt());
    }

    private static GenerationSummary summary(Scenario s, long rows, long accounts, Map<String, Counter> bySource) {
        List<GenerationSummary.SourceCount> counts = new ArrayList<>();
        bySource.forEach((id, c) -> counts.add(new GenerationSummary.SourceCount(id, c.campaign, c.population,
                c.accounts, c.interactions, c.newModel)));
        return new GenerationSummary(ScenarioDescription.of(s, counts), rows, accounts,
                s.models().launch().toString(), counts);
    }

    /** Rows counted per source while they stream past. */
    private static final class Counter {
        final String campaign;
        final String population;
        final long accounts;
        long interactions;
        long newModel;

        Counter(List<SimAccount> members) {
            this.accounts = members.size();
            this.campaign = members.isEmpty() ? "benign" : members.get(0).campaign();
            this.population = members.isEmpty() ? "" : members.get(0).population();
        }

        void count(boolean onNewModel) {
            interactions++;
            if (onNewModel) {
                newModel++;
            }
        }
    }
}
