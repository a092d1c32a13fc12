package io.hydrascope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.CancelledException;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
    @TempDir
    Path dir;

    @Test
    void wholeCaseReportsTheFlaggedCampaignWithItsSignalsBaselinesAndReproducibilityFacts() throws Exception {
        ReportModel m = AnalysedCase.model(ReportScope.wholeCase(), false);

        assertEquals(1, m.sections().size(), "only the campaign is flagged, no cluster is bookmarked");
        ClusterSection s = m.sections().get(0);
        assertEquals(AnalysedCase.campaignCluster(), s.cluster().id());
        assertTrue(s.cluster().flagged());
        assertTrue(s.cluster().signals().stream().anyMatch(sig -> sig.signal().equals("minute_boundary")
                && sig.baseline() != null && sig.value() > sig.baseline()));
        assertEquals(List.of("interactions.csv", "accounts.csv"), m.facts().files().stream()
                .map(CaseFacts.DataFile::name).toList());
        assertTrue(m.facts().files().stream().allMatch(f -> f.sha256() != null && f.sha256().matches("[0-9a-f]{64}")));
        assertEquals("42", m.facts().settings().get("seed"));
        assertTrue(m.facts().baselines().containsKey("single_turn"));
        assertEquals("atlas-4", m.facts().newModel());
        assertTrue(m.summary().stream().anyMatch(line -> line.startsWith("Network " + s.cluster().id()
                + " (flagged")), m.summary().toString());
    }

    @Test
    void clusterSectionHoldsAccountsInfrastructureTimelineTopicsAndTemplates() throws Exception {
        ClusterSection s = AnalysedCase.model(ReportScope.cluster(AnalysedCase.campaignCluster()), false)
                .sections().get(0);

        Set<String> accounts = s.accounts().stream().map(AccountRow::accountId).collect(Collectors.toSet());
        assertTrue(accounts.containsAll(Set.of("camp-00", AnalysedCase.FORMULA_ACCOUNT, AnalysedCase.QUOTE_ACCOUNT)));
        assertTrue(accounts.stream().allMatch(a -> a.startsWith("camp-") || a.startsWith("=")));
        assertEquals(s.accountsInScope(), s.accounts().size());
        assertTrue(s.infrastructure().ips().stream().allMatch(ip -> ip.value().startsWith("203.0.113.")));
        assertEquals("203.0.113.0/24", s.infrastructure().subnets().get(0).value());
        // every campaign account uses the subnet; the analysis put 2 of the 10 into a cluster of their own
        assertEquals((double) s.accountsInScope() / AnalysedCase.campaignAccounts().size(),
                s.infrastructure().subnets().get(0).exclusivity(), 1e-9);
        assertEquals("fp_shared_one", s.infrastructure().payments().get(0).value());
        assertTrue(s.timeline().models().containsAll(List.of("atlas-3", "atlas-4")));
        assertEquals(3600, s.timeline().bucketSeconds());
        assertEquals(s.interactionsInScope(), s.timeline().points().stream()
                .mapToLong(Timeline.Point::interactions).sum());
        assertEquals(s.interactionsInScope(), s.topics().stream().mapToLong(TopicShare::interactions).sum());
        assertFalse(s.families().isEmpty());
        assertTrue(s.annotations().stream().anyMatch(a -> "proxy-network".equals(a.tag())
                && a.target().equals("account camp-00")));
    }

    @Test
    void bookmarkedEvidenceComesFirstAndLongPromptsAreCutWithTheirLength() throws Exception {
        ClusterSection s = AnalysedCase.model(ReportScope.cluster(AnalysedCase.campaignCluster()), false)
                .sections().get(0);

        Evidence first = s.samples().get(0);
        assertEquals(AnalysedCase.BOOKMARKED_REQUEST, first.requestId());
        assertTrue(first.bookmarked());
        assertEquals(AnalysedCase.HOSTILE_PROMPT, first.prompt());
        assertTrue(first.notes().contains("see [here](javascript:alert(2))"), first.notes().toString());
        assertTrue(s.samples().size() > 1 && s.samples().size() <= ReportOptions.DEFAULTS.maxSamples());
        assertTrue(s.samples().stream().noneMatch(e -> e.omittedChars() == 0
                && e.prompt().length() > ReportOptions.DEFAULTS.maxPromptChars()));
    }

    @Test
    void longPromptShownAsEvidenceIsCutAtTheLimitWithTheRestCounted() throws Exception {
        ReportOptions small = new ReportOptions(null, "team", 50, 10, 3, 100, 100,
                ReportOptions.DEFAULTS.graphLimits());
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); var session = store.newReader()) {
            Evidence e = new SampleSelector(session, AnnotationIndex.load(session), 3, 100).toEvidence(
                    new io.hydrascope.store.EvidenceQueries(session).byRequestIds(List.of(AnalysedCase.LONG_REQUEST))
                            .get(0), "test", 1L);
            assertEquals(100, e.prompt().length());
            assertEquals("Long template: ".length() + "lorem ipsum dolor ".length() * 400 - 100, e.omittedChars());
        }
        assertEquals(3, small.maxSamples());
    }

    @Test
    void indicatorsComeFromTheCampaignAndLeaveOrdinaryCustomersOut() throws Exception {
        ReportModel m = AnalysedCase.model(ReportScope.wholeCase(), false);

        Set<String> values = m.indicators().stream().map(Indicator::value).collect(Collectors.toSet());
        assertTrue(values.containsAll(Set.of("camp-00", "203.0.113.10", "203.0.113.0/24", "fp_shared_one",
                "relaymail.icu", AnalysedCase.HOSTILE_AGENT)), values.toString());
        assertTrue(values.stream().noneMatch(v -> v.startsWith("user-") || v.startsWith("198.51.100")
                || v.startsWith("org-") || v.equals("192.0.2.1") || v.equals("gmail.com")), values.toString());
        assertTrue(m.indicators().stream().allMatch(i -> i.confidence() >= InfrastructureCollector.MIN_CONFIDENCE
                && i.confidence() <= 100 && i.firstSeen() != null && !i.lastSeen().isBefore(i.firstSeen())));
        for (int i = 1; i < m.indicators().size(); i++) {
            assertTrue(m.indicators().get(i - 1).confidence() >= m.indicators().get(i).confidence());
        }
    }

    @Test
    void wholeCaseListsBookmarkedEvidenceOutsideTheClustersAndCaseNotes() throws Exception {
        ReportModel m = AnalysedCase.model(ReportScope.wholeCase(), false);

        assertEquals(List.of("user-r-extra"), m.otherEvidence().stream().map(Evidence::requestId).toList());
        assertEquals("What is a good book on birds?", m.otherEvidence().get(0).prompt());
        assertEquals(List.of("ordinary user, kept for contrast"), m.otherEvidence().get(0).notes());
        assertTrue(m.caseAnnotations().stream().anyMatch(a -> "Escalated to the T&S lead.".equals(a.note())));
    }

    @Test
    void chosenAccountsAreReportedPerClusterWithOnlyTheirOwnActivity() throws Exception {
        ReportModel m = AnalysedCase.model(ReportScope.accounts(List.of("camp-00", "camp-01", "user-05")), false);

        assertEquals(2, m.sections().size());
        ClusterSection campaign = m.sections().get(0);
        assertTrue(campaign.partial());
        assertEquals(2, campaign.accountsInScope());
        assertEquals(Set.of("camp-00", "camp-01"), campaign.accounts().stream().map(AccountRow::accountId)
                .collect(Collectors.toSet()));
        assertEquals(2 * AnalysedCase.DAYS * 24, campaign.interactionsInScope());
        assertEquals(Set.of("user-05"), m.sections().get(1).accounts().stream().map(AccountRow::accountId)
                .collect(Collectors.toSet()));
    }

    @Test
    void unknownClusterNamesTheValidRange() throws Exception {
        ReportException e = assertThrows(ReportException.class,
                () -> AnalysedCase.model(ReportScope.cluster(9999), false));
        assertTrue(e.getMessage().startsWith("cluster 9999 does not exist in the latest analysis (clusters are "
                + "numbered 1 to "), e.getMessage());
    }

    @Test
    void unknownAccountsAreNamed() {
        ReportException e = assertThrows(ReportException.class,
                () -> AnalysedCase.model(ReportScope.accounts(List.of("camp-00", "nobody", "ghost")), false));
        assertEquals("unknown accounts in this case: nobody, ghost", e.getMessage());
    }

    @Test
    void caseWithoutAnalysisSaysToAnalyseFirst() throws Exception {
        Path casePath = dir.resolve("raw.hcase");
        Files.writeString(dir.resolve("log.csv"), "request_id,timestamp,account_id,prompt\nr1,2026-03-01T00:00:00Z,a,"
                + "hi\n");
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            new io.hydrascope.ingest.ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()).importFile(store, dir.resolve("log.csv"), ProgressListener.NONE,
                    new CancellationToken());
        }
        ReportException e = assertThrows(ReportException.class,
                () -> AnalysedCase.model(casePath, ReportScope.wholeCase(), false, ReportOptions.DEFAULTS));
        assertEquals("raw.hcase: no analysis results yet; run 'hydrascope analyze' on the case first",
                e.getMessage());
    }

    @Test
    void writeReplacesTheTargetAndLeavesNoPartFile() throws Exception {
        Path out = dir.resolve("report.md");
        Files.writeString(out, "old");
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); var session = store.newReader()) {
            new ReportService(ReportOptions.DEFAULTS).write(session, ReportScope.wholeCase(), ReportFormat.MD, out,
                    true, ProgressListener.NONE, new CancellationToken());
        }
        assertTrue(Files.readString(out).startsWith("# Distillation campaign report"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("report.md"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void writeIntoAMissingFolderFailsBeforeAnyWork() throws Exception {
        Path out = dir.resolve("missing").resolve("r.html");
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); var session = store.newReader()) {
            ReportException e = assertThrows(ReportException.class, () -> new ReportService(ReportOptions.DEFAULTS)
                    .write(session, ReportScope.wholeCase(), ReportFormat.HTML, out, true, ProgressListener.NONE,
                            new CancellationToken()));
            assertTrue(e.getMessage().endsWith("does not exist"), e.getMessage());
        }
    }

    @Test
    void writeKeepsAnExistingFileUnlessToldToReplaceIt() throws Exception {
        Path out = Files.writeString(dir.resolve("report.md"), "old");
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); var session = store.newReader()) {
            ReportException e = assertThrows(ReportException.class, () -> new ReportService(ReportOptions.DEFAULTS)
                    .write(session, ReportScope.wholeCase(), ReportFormat.MD, out, false, ProgressListener.NONE,
                            new CancellationToken()));
            assertEquals(out + ": cannot write the report: exists", e.getMessage());
        }
        assertEquals("old", Files.readString(out));
    }

    @Test
    void cancelledReportStopsWithCancelledException() throws Exception {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        try (CaseStore store = CaseStore.open(AnalysedCase.shared()); var session = store.newReader()) {
            assertThrows(CancelledException.class, () -> new ReportService(ReportOptions.DEFAULTS).build(session,
                    ReportScope.wholeCase(), true, ProgressListener.NONE, cancel));
        }
    }
}
