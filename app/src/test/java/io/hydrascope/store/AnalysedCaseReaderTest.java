package io.hydrascope.store;

import io.hydrascope.report.AnalysedCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Query tests that read the shared analysed case: one reader for the whole class, and its campaign cluster. */
abstract class AnalysedCaseReaderTest {
    static CaseStore store;
    static ReadSession session;
    static long cluster;

    @BeforeAll
    static void open() throws Exception {
        cluster = AnalysedCase.campaignCluster();
        store = CaseStore.open(AnalysedCase.shared());
        session = store.newReader();
    }

    @AfterAll
    static void close() {
        session.close();
        store.close();
    }
}
