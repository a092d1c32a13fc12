package io.hydrascope.scenario.sim;

import io.hydrascope.scenario.infra.Countries;
import io.hydrascope.scenario.infra.IpSpace;
import io.hydrascope.scenario.infra.Rand;
import io.hydrascope.scenario.recipe.NetworkSpec;
import java.util.SplittableRandom;

/** Where a campaign's conversations come from, by network mode. */
abstract class CampaignNetwork {

    static CampaignNetwork of(NetworkSpec spec, SimContext ctx, SplittableRandom rng) {
        return switch (spec.mode()) {
            case "rotating-proxy" -> new RotatingProxy(ctx.pool(spec.pool()));
            case "clean-residential" -> new CleanResidential(ctx.ips(), spec.ipv6Share());
            default -> new Datacenter(spec, ctx.ips(), rng);
        };
    }

    /** Gives a new account its addresses. */
    abstract void assign(SimAccount a, Countries.Country country, SplittableRandom rng);

    /** The address of one conversation. */
    abstract String ip(SimAccount a, SplittableRandom rng);

    /** A few /24s rented from hosting providers; each account keeps a few addresses, many shared between accounts. */
    static final class Datacenter extends CampaignNetwork {
        private final int[] subnets;
        private final String[] v6Prefixes;
        private final int perAccount;
        private final double ipv6Share;
        private final IpSpace ips;

        Datacenter(NetworkSpec spec, IpSpace ips, SplittableRandom rng) {
            this.ips = ips;
            this.perAccount = spec.ipsPerAccount();
            this.ipv6Share = spec.ipv6Share();
            subnets = new int[spec.subnets()];
            v6Prefixes = new String[spec.subnets()];
            for (int i = 0; i < subnets.length; i++) {
                subnets[i] = ips.datacenterSubnet();
                v6Prefixes[i] = ips.datacenterV6Prefix();
            }
        }

        @Override
        void assign(SimAccount a, Countries.Country country, SplittableRandom rng) {
            a.ips = new String[perAccount];
            for (int i = 0; i < perAccount; i++) {
                int s = rng.nextInt(subnets.length);
                a.ips[i] = Rand.chance(rng, ipv6Share) ? ips.v6Host(v6Prefixes[s])
                        : IpSpace.host(subnets[s], 2 + rng.nextInt(60));
            }
        }

        @Override
        String ip(SimAccount a, SplittableRandom rng) {
            return a.ips[rng.nextInt(a.ips.length)];
        }
    }

    /** A residential proxy network: every conversation leaves through a random exit shared with other customers. */
    static final class RotatingProxy extends CampaignNetwork {
        private final ProxyPool pool;

        RotatingProxy(ProxyPool pool) {
            this.pool = pool;
        }

        @Override
        void assign(SimAccount a, Countries.Country country, SplittableRandom rng) {
            // addresses are drawn per conversation
        }

        @Override
        String ip(SimAccount a, SplittableRandom rng) {
            return pool.exit(rng);
        }
    }

    /** One clean home-like address per account, as an ordinary user has (low-and-slow). */
    static final class CleanResidential extends CampaignNetwork {
        private final IpSpace ips;
        private final double ipv6Share;

        CleanResidential(IpSpace ips, double ipv6Share) {
            this.ips = ips;
            this.ipv6Share = ipv6Share;
        }

        @Override
        void assign(SimAccount a, Countries.Country country, SplittableRandom rng) {
            a.homeIp = ips.residential(country.region(), ipv6Share);
        }

        @Override
        String ip(SimAccount a, SplittableRandom rng) {
            return a.homeIp;
        }
    }
}
