package io.hydrascope.ui.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.FamilyAccount;
import io.hydrascope.model.FamilyUsage;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.ViewFilter;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TemplateFamiliesViewModelTest {
    WorkspaceState workspace;
    final SimpleObjectProperty<InteractionScope> scope = new SimpleObjectProperty<>(InteractionScope.CASE);

    @AfterEach
    void close() {
        TestWorkspaces.close(workspace);
    }

    private TemplateFamiliesViewModel open() throws Exception {
        workspace = TestWorkspaces.open(AnalysedCase.shared());
        workspace.activePageProperty().set(Pages.TOPICS);
        return new TemplateFamiliesViewModel(workspace, new DirectTaskRunner(), scope);
    }

    @Test
    void listsTheCampaignsTemplatesWithTheirAccountsAndExamples() throws Exception {
        TemplateFamiliesViewModel vm = open();
        scope.set(InteractionScope.cluster(AnalysedCase.campaignCluster()));
        assertFalse(vm.families().isEmpty(), vm.noteProperty().get());
        FamilyUsage top = vm.families().get(0);
        assertTrue(top.accounts() >= 8, top.toString());
        assertEquals(TemplateFamiliesViewModel.PICK_FAMILY, vm.detailNoteProperty().get());
        vm.select(top);
        assertEquals(top.caseAccounts(), vm.accounts().size());
        assertTrue(vm.accounts().stream().allMatch(a -> a.accountId().startsWith("camp-")
                || a.accountId().equals(AnalysedCase.FORMULA_ACCOUNT) || a.accountId().equals(AnalysedCase.QUOTE_ACCOUNT)),
                vm.accounts().toString());
        assertFalse(vm.examples().isEmpty());
        assertTrue(vm.fillsProperty().get().startsWith("Fill vocabulary here: "), vm.fillsProperty().get());
        assertTrue(vm.fillsProperty().get().matches(".*\\d+ distinct fills? in \\d+ prompts?.*"),
                vm.fillsProperty().get());
        FamilyAccount account = vm.accounts().get(1);
        vm.selectAccount(account);
        assertEquals(account.accountId(), workspace.selectedAccountProperty().get());
        assertEquals(Pages.TOPICS, workspace.activePageProperty().get());
        vm.openAccount(account);
        assertEquals(Pages.ACCOUNT, workspace.activePageProperty().get());
        PromptRow example = vm.examples().get(0);
        vm.selectExample(example);
        assertEquals(example.requestId(), workspace.selectedInteractionProperty().get());
    }

    @Test
    void anOrdinaryAccountHasNoCampaignFamiliesAndTheFilterCanEmptyTheList() throws Exception {
        TemplateFamiliesViewModel vm = open();
        int inCase = vm.families().size();
        assertTrue(inCase > 0);
        scope.set(InteractionScope.account("org-03"));
        assertTrue(vm.families().stream().allMatch(f -> f.accounts() == 1));
        vm.select(null);
        assertEquals("", vm.fillsProperty().get());
        scope.set(InteractionScope.CASE);
        workspace.filterProperty().set(new ViewFilter(Set.of(), 0, Set.of(), Set.of("no-such-model"), null));
        assertTrue(vm.families().isEmpty());
        assertEquals(TemplateFamiliesViewModel.NO_FAMILIES, vm.noteProperty().get());
    }
}
