package io.hydrascope.scenario;

import io.hydrascope.model.Interaction;
import io.hydrascope.scenario.recipe.Scenario;
import java.io.IOException;
import java.util.List;

/**
 * Receives a generated scenario as it is produced: the accounts first, then every interaction in time order, then
 * the summary. {@link NativeFilesSink} writes the native files; a case store can take the rows directly.
 */
public interface GenerationSink extends AutoCloseable {
    /** All accounts, sorted by account id, before any interaction. */
    void accounts(List<GeneratedAccount> accounts) throws IOException;

    void interaction(Interaction row) throws IOException;

    /** Called once after the last interaction. */
    void finish(Scenario resolved, GenerationSummary summary) throws IOException;

    @Override
    void close() throws IOException;
}
