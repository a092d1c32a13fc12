package io.hydrascope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.FamilyAccount;
import io.hydrascope.model.FamilyUsage;
import io.hydrascope.model.InteractionCriteria;
import io.hydrascope.model.InteractionScope;
import io.hydrascope.model.PromptRow;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FamilyQueriesTest extends AnalysedCaseReaderTest {
    @Test
    void campaignClusterSharesItsTemplatesAcrossItsAccounts() {
        List<FamilyUsage> families = new FamilyQueries(session).families(InteractionScope.cluster(cluster),
                InteractionCriteria.NONE, 100);
        assertFalse(families.isEmpty());
        FamilyUsage top = families.get(0);
        assertTrue(top.accounts() >= 8, top.toString());
        assertTrue(top.interactions() >= top.accounts() * 10, top.toString());
        assertTrue(top.firstMicros() < top.lastMicros());
        assertFalse(top.skeleton().isBlank());
        assertTrue(families.stream().allMatch(f -> f.interactions() <= f.caseInteractions()));
    }

    @Test
    void anOrdinaryUserUsesNoCampaignTemplate() {
        List<FamilyUsage> mine = new FamilyQueries(session).families(InteractionScope.account("user-07"),
                InteractionCriteria.NONE, 100);
        List<FamilyUsage> campaign = new FamilyQueries(session).families(InteractionScope.cluster(cluster),
                InteractionCriteria.NONE, 100);
        assertTrue(mine.stream().noneMatch(m -> campaign.stream().anyMatch(c -> c.familyId() == m.familyId()
                && c.accounts() >= 8)), mine.toString());
    }

    @Test
    void listsTheAccountsOfAFamilyAndExamplesWithTheirText() {
        FamilyQueries q = new FamilyQueries(session);
        FamilyUsage top = q.families(InteractionScope.cluster(cluster), InteractionCriteria.NONE, 1).get(0);
        List<FamilyAccount> accounts = q.accounts(top.familyId(), InteractionCriteria.NONE, 100);
        assertEquals(top.caseAccounts(), accounts.size());
        assertTrue(accounts.stream().allMatch(a -> a.risk() != null));
        assertTrue(accounts.get(0).interactions() >= accounts.get(accounts.size() - 1).interactions());
        assertEquals(top.caseInteractions(), accounts.stream().mapToLong(FamilyAccount::interactions).sum());
        List<PromptRow> examples = q.examples(top.familyId(), InteractionScope.CASE, InteractionCriteria.NONE, 5);
        assertEquals(5, examples.size());
        assertTrue(examples.stream().allMatch(e -> !e.preview().isEmpty()));
        List<FamilyAccount> onOtherModel = q.accounts(top.familyId(), new InteractionCriteria(Set.of(),
                Set.of("no-such-model"), null, 0), 100);
        assertTrue(onOtherModel.isEmpty());
    }
}
