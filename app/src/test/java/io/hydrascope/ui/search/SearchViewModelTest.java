package io.hydrascope.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.PromptHit;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {
    @TempDir
    Path dir;
    WorkspaceState workspace;
    DirectTaskRunner tasks = new DirectTaskRunner();

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private SearchViewModel open(boolean indexed) throws Exception {
        Path copy = Files.copy(AnalysedCase.shared(), dir.resolve("case.hcase"));
        workspace = TestWorkspaces.open(copy);
        if (indexed) {
            workspace.openCase().writer().promptIndex().build(ProgressListener.NONE, new CancellationToken());
        }
        workspace.activePageProperty().set(Pages.SEARCH);
        return new SearchViewModel(workspace, tasks);
    }

    @Test
    void saysTheIndexIsBeingBuiltAndSearchesAgainOnceItIsReady() throws Exception {
        SearchViewModel vm = open(false);
        assertFalse(vm.indexReadyProperty().get());
        assertTrue(vm.indexNoteProperty().get().startsWith("The search index is still being built: 0%"),
                vm.indexNoteProperty().get());
        vm.queryProperty().set("pytest");
        vm.search();
        assertTrue(vm.hits().isEmpty());
        assertEquals("No prompt matches \"pytest\" in the part indexed so far", vm.resultNoteProperty().get());
        workspace.openCase().writer().promptIndex().build(ProgressListener.NONE, new CancellationToken());
        workspace.searchReadyProperty().set(true);
        assertTrue(vm.indexReadyProperty().get());
        assertEquals("", vm.indexNoteProperty().get());
        assertEquals(SearchViewModel.LIMIT, vm.hits().size());
        assertEquals("Best 500 of 838 prompts match", vm.resultNoteProperty().get());
    }

    @Test
    void findsPromptsWithTheMatchMarkedAndSelectingOneSelectsItEverywhere() throws Exception {
        SearchViewModel vm = open(true);
        vm.queryProperty().set("Lisbon");
        vm.search();
        assertFalse(vm.hits().isEmpty());
        PromptRow hit = vm.hits().get(0);
        assertTrue(MarkedText.segments(hit.preview(), true).contains(new MarkedText.Segment("Lisbon", true)),
                hit.preview());
        vm.select(hit);
        assertEquals(hit.requestId(), workspace.selectedInteractionProperty().get());
        assertEquals(hit.accountId(), workspace.selectedAccountProperty().get());
        assertTrue(vm.detailProperty().get().contains(PromptHit.MATCH_START + "Lisbon" + PromptHit.MATCH_END));
        workspace.filterProperty().set(new ViewFilter(Set.of(), 0, Set.of(), Set.of("atlas-4"), null));
        assertTrue(vm.hits().isEmpty(), "ordinary users never used the new model");
        assertTrue(vm.resultNoteProperty().get().endsWith("within the filter"), vm.resultNoteProperty().get());
    }

    @Test
    void aMalformedQueryGivesAReadableMessage() throws Exception {
        SearchViewModel vm = open(true);
        vm.syntaxProperty().set(true);
        vm.queryProperty().set("pytest AND");
        vm.search();
        assertTrue(vm.queryErrorProperty().get());
        assertTrue(vm.resultNoteProperty().get().startsWith("The search \"pytest AND\" is not a valid query"),
                vm.resultNoteProperty().get());
        assertTrue(tasks.unhandled().isEmpty());
        vm.syntaxProperty().set(false);
        vm.search();
        assertFalse(vm.queryErrorProperty().get());
    }
}
