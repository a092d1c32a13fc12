package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.IpSpace;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.recipe.ProxyPoolSpec;
import java.util.SplittableRandom;

/**
 * The exits of a proxy network. Residential pools spread over home ranges of every region (the exits are other
 * people's devices); datacenter pools sit in a few /24s. Whoever connects through the pool gets a random exit.
 */
final class ProxyPool {
    private static final String[] REGIONS = {"na", "na", "eu", "eu", "asia", "latam", "mena", "africa", "oceania"};

    private final String[] exits;

    ProxyPool(ProxyPoolSpec spec, IpSpace ips, SplittableRandom rng) {
        exits = new String[spec.ips()];
        if ("datacenter".equals(spec.kind())) {
            int[] subnets = new int[Math.max(1, spec.ips() / 200)];
            for (int i = 0; i < subnets.length; i++) {
                subnets[i] = ips.datacenterSubnet();
            }
            for (int i = 0; i < exits.length; i++) {
                exits[i] = IpSpace.host(subnets[i % subnets.length], 1 + i / subnets.length);
            }
        } else {
            for (int i = 0; i < exits.length; i++) {
                exits[i] = ips.residential(Rand.pick(rng, REGIONS), spec.ipv6Share());
            }
        }
    }

    String exit(SplittableRandom rng) {
        return exits[rng.nextInt(exits.length)];
    }
}
