package io.hydrascope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.CaseDb;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.testdata.DemoCase;
import io.hydrascope.ui.analysis.FakeAnalysisResults;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating from the views and the Evidence page's list, without a toolkit. */
class EvidenceViewModelTest {
    @TempDir
    static Path dir;
    static Path casePath;
    @TempDir
    Path work;
    WorkspaceState workspace;
    RecordingDialogs dialogs;
    AnnotationActions actions;
    FakeAnalysisResults results;
    EvidenceViewModel vm;
    String requestId;
    String account;
    String prompt;

    @BeforeAll
    static void createCase() throws Exception {
        casePath = DemoCase.tiny(dir);
    }

    @BeforeEach
    void open() throws Exception {
        Path copy = work.resolve("case.hcase");
        java.nio.file.Files.copy(casePath, copy);
        workspace = TestWorkspaces.open(copy);
        dialogs = new RecordingDialogs();
        DirectTaskRunner tasks = new DirectTaskRunner();
        actions = new AnnotationActions(workspace, tasks, dialogs, new AnnotationActions.Signature() {
            @Override
            public String author() {
                return "Dana";
            }

            @Override
            public String describe() {
                return "Signed as Dana · change it in File → Settings…";
            }
        });
        results = new FakeAnalysisResults();
        vm = new EvidenceViewModel(workspace, tasks, actions, results);
        List<String> row = CaseDb.column(copy, "SELECT i.request_id || char(9) || a.account_id || char(9) || i.prompt "
                + "FROM interactions i JOIN accounts a ON a.id = i.account_ref WHERE length(i.prompt) > 200 "
                + "ORDER BY i.id LIMIT 1");
        String[] parts = row.get(0).split("\t", 3);
        requestId = parts[0];
        account = parts[1];
        prompt = parts[2];
    }

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    @Test
    void saysHowToAnnotateWhenNothingIsAnnotated() {
        assertTrue(vm.items().isEmpty());
        assertEquals(EvidenceViewModel.EMPTY, vm.noteProperty().get());
    }

    @Test
    void aBookmarkedInteractionIsListedWithItsAccountTimeAndPromptExcerpt() {
        actions.toggleBookmark(requestId);
        assertTrue(workspace.annotations().isBookmarked(requestId));
        assertEquals(1, vm.items().size());
        EvidenceItem item = vm.items().get(0);
        assertEquals("Interaction", item.kind());
        assertEquals(requestId, item.item());
        assertEquals("★ evidence", item.what());
        assertEquals(account, item.accountId());
        assertTrue(item.excerpt().endsWith("…"));
        assertTrue(prompt.replaceAll("\\s+", " ").startsWith(item.excerpt().substring(0, 100)));
        assertEquals("", vm.noteProperty().get());

        actions.toggleBookmark(requestId);
        assertFalse(workspace.annotations().isBookmarked(requestId));
        assertTrue(vm.items().isEmpty(), "taking the bookmark away deletes the annotation that held only it");
    }

    @Test
    void notesSayWhatTheyAreAttachedToAndEveryAnnotationIsSignedWithTheAnalystsName() {
        dialogs.textAnswers.add("Same card as the coding campaign.\nAsk payments on Monday.");
        actions.askNote(AnnotationTarget.ACCOUNT, account);
        dialogs.textAnswers.add("Templates match family 4");
        actions.askNote(AnnotationTarget.CLUSTER, "3");
        dialogs.textAnswers.add("The launch-day spike");
        actions.askNote(AnnotationTarget.INTERACTION, requestId);
        assertEquals(List.of("Note on account " + account + " | Signed as Dana · change it in File → Settings…",
                "Note on network 3 | Signed as Dana · change it in File → Settings…",
                "Note on request " + requestId + " | Signed as Dana · change it in File → Settings…"),
                dialogs.notePrompts);
        actions.tag(AnnotationTarget.ACCOUNT, account, "confirmed");
        actions.toggleBookmark(requestId);
        assertEquals(5, workspace.annotations().all().size());
        assertTrue(workspace.annotations().all().stream().allMatch(a -> "Dana".equals(a.author())),
                workspace.annotations().all().toString());
        assertTrue(workspace.annotations().all().stream().anyMatch(a -> a.note() != null
                && a.note().contains("\nAsk payments")), "a note keeps its lines");
    }

    @Test
    void filtersByKindAndTagAndKeepsNotesWhenATagIsTakenOff() {
        actions.tag(AnnotationTarget.ACCOUNT, account, "confirmed");
        actions.tag(AnnotationTarget.ACCOUNT, account, "confirmed"); // twice: stored once
        actions.tag(AnnotationTarget.CLUSTER, "3", "needs review");
        actions.toggleBookmark(requestId);
        dialogs.textAnswers.add("Shares a card with the coding campaign");
        actions.askNote(AnnotationTarget.CASE, AnnotationTarget.CASE_ID);
        assertEquals(4, vm.items().size());
        assertEquals(List.of("Case", "Network", "Account", "Interaction"),
                vm.items().stream().map(EvidenceItem::kind).toList());
        assertEquals(Set.of("confirmed"), workspace.annotations().tagsOf(AnnotationTarget.ACCOUNT, account));

        vm.kindProperty().set("Account");
        assertEquals(List.of(account), vm.items().stream().map(EvidenceItem::item).toList());
        vm.kindProperty().set(EvidenceViewModel.ALL_KINDS);
        vm.tagProperty().set(EvidenceViewModel.BOOKMARKS);
        assertEquals(List.of(requestId), vm.items().stream().map(EvidenceItem::item).toList());
        vm.tagProperty().set("needs review");
        assertEquals(List.of("Network 3"), vm.items().stream().map(EvidenceItem::item).toList(),
                "a network is named as everywhere else in the window");
        vm.tagProperty().set(EvidenceViewModel.NOTES);
        assertEquals("Shares a card with the coding campaign", vm.items().get(0).annotation().note());
        assertTrue(vm.tagChoices().containsAll(List.of("confirmed", "false positive", "needs review")));

        dialogs.textAnswers.add("second look on Monday");
        vm.editNote(vm.items().get(0));
        assertEquals("second look on Monday", vm.items().get(0).annotation().note());

        actions.removeTag(AnnotationTarget.ACCOUNT, account, "confirmed");
        assertTrue(workspace.annotations().tagsOf(AnnotationTarget.ACCOUNT, account).isEmpty());
        vm.tagProperty().set(EvidenceViewModel.ALL);
        assertEquals(3, vm.items().size());
    }

    @Test
    void openingAnItemSelectsItAndBringsItsPageToTheFront() {
        actions.toggleBookmark(requestId);
        vm.open(vm.items().get(0));
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());
        assertEquals(account, workspace.selectedAccountProperty().get());
        assertEquals(requestId, workspace.selectedInteractionProperty().get());
        assertTrue(workspace.brushedRangeProperty().get().contains(vm.items().get(0).timestampMicros()));

        results.clusterAccounts.put("5", List.of("a", "b"));
        actions.tag(AnnotationTarget.CLUSTER, "5", "confirmed");
        vm.kindProperty().set("Network");
        vm.open(vm.items().get(0));
        assertEquals(Pages.CLUSTER, workspace.activePageProperty().get());
        assertEquals(List.of("a", "b"), workspace.selectedClusterProperty().get().accountIds());
    }

    @Test
    void annotationsAreForgottenWhenTheCaseCloses() {
        actions.tag(AnnotationTarget.ACCOUNT, account, "false positive");
        TestWorkspaces.close(workspace);
        assertTrue(workspace.annotations().all().isEmpty());
        assertTrue(vm.items().isEmpty());
        assertNull(workspace.selectedInteractionProperty().get());
    }
}
