package io.hydrascope.analysis;

import io.hydrascope.store.InteractionScan.ModelSpan;
import java.util.List;

/**
 * The model launch inside the case's time window: the newest model that appears after the window has begun and
 * carries a real share of traffic. Null when the case shows none.
 */
record LaunchInfo(String newModel, long launchTs, String previousModel) {
    static LaunchInfo find(List<ModelSpan> spans, long minTs, long maxTs, String configuredModel) {
        long total = spans.stream().mapToLong(ModelSpan::interactions).sum();
        if (spans.size() < 2 || total == 0) {
            return null;
        }
        ModelSpan newest = null;
        for (ModelSpan s : spans) {
            if (configuredModel != null) {
                if (s.model().equals(configuredModel)) {
                    newest = s;
                }
            } else if (s.firstTs() > minTs + (maxTs - minTs) / 20 && s.interactions() * 100 >= total) {
                newest = s;
            }
        }
        if (newest == null) {
            return null;
        }
        String previous = null;
        long most = -1;
        for (ModelSpan s : spans) {
            if (s != newest && s.firstTs() < newest.firstTs() && s.interactions() > most) {
                most = s.interactions();
                previous = s.model();
            }
        }
        return new LaunchInfo(newest.model(), newest.firstTs(), previous);
    }
}
