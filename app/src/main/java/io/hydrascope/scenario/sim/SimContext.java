package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Ids;
import io.hydrascope.scenario.infra.IpSpace;
import java.util.Map;

/**
 * What all sources of one scenario share: id and address allocation (so nothing collides by accident), the model
 * launch, the row builder, the proxy pools and the window.
 */
record SimContext(Ids ids, IpSpace ips, ModelChoice models, Exchanges exchanges, Map<String, ProxyPool> pools,
        long start, long end) {

    ProxyPool pool(String id) {
        ProxyPool pool = pools.get(id);
        if (pool == null) {
            throw new IllegalArgumentException("unknown proxy pool " + id);
        }
        return pool;
    }
}
