package io.hydrascope.ui.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import io.hydrascope.model.TopicStat;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.store.TopicQueries;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TimeAxis;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicsViewModelTest {
    static long cluster;
    WorkspaceState workspace;
    DirectTaskRunner tasks = new DirectTaskRunner();

    @BeforeAll
    static void analysedCase() throws Exception {
        cluster = AnalysedCase.campaignCluster();
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            TestWorkspaces.close(workspace);
        }
    }

    private TopicsViewModel open() throws Exception {
        workspace = TestWorkspaces.open(AnalysedCase.shared());
        workspace.activePageProperty().set(Pages.TOPICS);
        return new TopicsViewModel(workspace, tasks);
    }

    private static TopicStat topic(TopicsViewModel vm, String id) {
        return vm.topics().stream().filter(t -> t.topic().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + vm.topics()));
    }

    @Test
    void showsTheWholeCaseByDefaultWithSharesAddingUpAndTopicsOverTime() throws Exception {
        TopicsViewModel vm = open();
        assertEquals("Whole case", vm.scopeTitleProperty().get());
        assertEquals("", vm.noteProperty().get());
        assertEquals(1.0, vm.topics().stream().mapToDouble(TopicStat::share).sum(), 1e-9);
        TopicSeries series = vm.seriesProperty().get();
        assertFalse(series.isEmpty());
        assertTrue(series.starts().size() <= TopicsViewModel.MAX_BUCKETS, series.starts().size() + " buckets");
        assertEquals(vm.breakdownProperty().get().interactions(), series.counts().values().stream()
                .flatMapToLong(java.util.Arrays::stream).sum());
        assertTrue(vm.summaryProperty().get().contains("chain-of-thought asked in"), vm.summaryProperty().get());
        assertTrue(tasks.unhandled().isEmpty());
    }

    @Test
    void clusterScopeFollowsTheSelectedClusterAndShowsItsLiftOverBenignAccounts() throws Exception {
        TopicsViewModel vm = open();
        vm.scopeKindProperty().set(InteractionScope.Kind.CLUSTER);
        assertEquals(TopicsViewModel.NO_CLUSTER, vm.noteProperty().get());
        assertTrue(vm.topics().isEmpty());
        workspace.selectedClusterProperty().set(new ClusterSelection(Long.toString(cluster), "Network 1 (10 accounts)",
                List.of("camp-00")));
        assertEquals("Network 1 (10 accounts)", vm.scopeTitleProperty().get());
        assertEquals(InteractionScope.cluster(cluster), vm.scopeProperty().get());
        TopicStat coding = topic(vm, "coding");
        assertTrue(coding.lift() > 1.5, coding.toString()); // the benign organisation asks about code too
        assertTrue(coding.chainOfThoughtRate() > 0.95, coding.toString());
        vm.baselineProperty().set(TopicQueries.Baseline.REST);
        assertTrue(vm.summaryProperty().get().contains("the rest of the case"), vm.summaryProperty().get());
    }

    @Test
    void accountScopeFollowsTheSelectedAccount() throws Exception {
        TopicsViewModel vm = open();
        vm.scopeKindProperty().set(InteractionScope.Kind.ACCOUNT);
        assertEquals(TopicsViewModel.NO_ACCOUNT, vm.noteProperty().get());
        workspace.selectedAccountProperty().set("user-03");
        assertEquals("Account user-03", vm.scopeTitleProperty().get());
        assertFalse(vm.topics().isEmpty());
        assertEquals(1.0, topic(vm, "general").share(), 1e-9);
        TopicStat coding = topic(vm, "coding"); // listed for the baseline: this user never asks about code
        assertEquals(0, coding.interactions());
        assertTrue(coding.baselineShare() > 0.05, coding.toString());
    }

    @Test
    void clickingATopicListsItsPromptsAndSelectingOneSelectsItEverywhere() throws Exception {
        TopicsViewModel vm = open();
        vm.scopeKindProperty().set(InteractionScope.Kind.CLUSTER);
        workspace.selectedClusterProperty().set(new ClusterSelection(Long.toString(cluster), "Network", List.of()));
        TopicStat coding = topic(vm, "coding");
        vm.selectTopic(coding);
        TopicPrompts prompts = vm.prompts();
        assertEquals(TopicPrompts.PAGE, prompts.rows().size());
        assertTrue(prompts.pageLabelProperty().get().startsWith("1–200 of "), prompts.pageLabelProperty().get());
        assertTrue(prompts.hasNextProperty().get());
        assertFalse(prompts.hasPreviousProperty().get());
        PromptRow firstOfPageOne = prompts.rows().get(0);
        prompts.nextPage();
        assertTrue(prompts.pageLabelProperty().get().startsWith("201–"), prompts.pageLabelProperty().get());
        assertTrue(prompts.rows().get(0).timestampMicros() >= firstOfPageOne.timestampMicros());
        prompts.previousPage();
        assertEquals(firstOfPageOne, prompts.rows().get(0));
        PromptRow row = prompts.rows().get(3);
        prompts.selectPrompt(row);
        assertEquals(row.requestId(), workspace.selectedInteractionProperty().get());
        assertEquals(row.accountId(), workspace.selectedAccountProperty().get());
        assertTrue(prompts.fullTextProperty().get().startsWith(row.preview().strip().substring(0, 20)));
    }

    @Test
    void aLongPromptIsReadInFullWhenSelected() throws Exception {
        TopicsViewModel vm = open();
        for (TopicStat t : List.copyOf(vm.topics())) {
            vm.selectTopic(t);
            while (true) {
                PromptRow hit = vm.prompts().rows().stream().filter(r -> r.requestId().equals(AnalysedCase.LONG_REQUEST))
                        .findFirst().orElse(null);
                if (hit != null) {
                    vm.prompts().selectPrompt(hit);
                    assertEquals(hit.promptLength(), vm.prompts().fullTextProperty().get().length());
                    assertTrue(hit.promptLength() > hit.preview().length());
                    return;
                }
                if (!vm.prompts().hasNextProperty().get()) {
                    break;
                }
                vm.prompts().nextPage();
            }
        }
        throw new AssertionError("long prompt not listed under any topic");
    }

    @Test
    void honoursTheWorkspaceFilterAndKeepsTheSelectedTopic() throws Exception {
        TopicsViewModel vm = open();
        long all = vm.breakdownProperty().get().interactions();
        vm.selectTopic(topic(vm, "coding"));
        workspace.filterProperty().set(new ViewFilter(Set.of(), 0, Set.of(), Set.of("atlas-4"), null));
        long newModel = vm.breakdownProperty().get().interactions();
        assertTrue(newModel > 0 && newModel < all, newModel + " of " + all);
        assertEquals("coding", vm.prompts().topicProperty().get().topic());
        assertTrue(vm.prompts().rows().stream().allMatch(r -> r.model().equals("atlas-4")));
        workspace.filterProperty().set(new ViewFilter(Set.of(), 0, Set.of("general"), Set.of(), null));
        assertEquals(List.of("general"), vm.topics().stream().map(TopicStat::topic).toList());
        assertNull(vm.prompts().topicProperty().get());
    }

    @Test
    void countsNothingWhileAnotherPageIsInFrontAndCatchesUpWhenShown() throws Exception {
        workspace = TestWorkspaces.open(AnalysedCase.shared());
        TopicsViewModel vm = new TopicsViewModel(workspace, tasks);
        workspace.dataChanged();
        assertTrue(vm.topics().isEmpty());
        assertFalse(tasks.titles().contains("Counting topics"));
        workspace.activePageProperty().set(Pages.TOPICS);
        assertEquals(1, tasks.titles().stream().filter("Counting topics"::equals).count());
        assertFalse(vm.topics().isEmpty());
    }

    @Test
    void bucketsAreHourlyAtLeastAndFewEnoughToDraw() {
        assertEquals(TimeAxis.HOUR, TopicsViewModel.bucketFor(TimeAxis.HOUR * 5));
        assertEquals(6 * TimeAxis.HOUR, TopicsViewModel.bucketFor(14 * TimeAxis.DAY));
        assertTrue(365 * TimeAxis.DAY / TopicsViewModel.bucketFor(365 * TimeAxis.DAY) <= TopicsViewModel.MAX_BUCKETS);
    }
}
