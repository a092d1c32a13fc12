package io.hydrascope.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.store.RequestKeys;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {
    @Test
    void neverCallsASeenIdNewEvenBeyondItsFirstCapacity() {
        RequestIdFilter filter = new RequestIdFilter(70_000);
        for (int i = 0; i < 300_000; i++) {
            filter.addAndCheck(RequestKeys.of("req-" + i));
        }
        for (int i = 0; i < 300_000; i++) {
            assertTrue(filter.addAndCheck(RequestKeys.of("req-" + i)), "req-" + i);
        }
    }

    @Test
    void callsFewNewIdsSeen() {
        RequestIdFilter filter = new RequestIdFilter(200_000);
        int wronglySeen = 0;
        for (int i = 0; i < 200_000; i++) {
            if (filter.addAndCheck(RequestKeys.of("req-" + i))) {
                wronglySeen++;
            }
        }
        // each of these rows would wait in the suspects table and be settled one by one after the load
        assertTrue(wronglySeen < 200_000 * 0.02, wronglySeen + " new ids reported as seen");
    }
}
