package io.hydrascope.scenario.recipe;

/**
 * Where a campaign's requests come from.
 *
 * @param mode {@code datacenter} (a few /24 subnets, each account on a few addresses), {@code rotating-proxy} (a
 *     fresh exit of a proxy pool per conversation) or {@code clean-residential} (one home-like address per account)
 * @param pool id of a scenario proxy pool ({@code rotating-proxy} only; absent means a private pool)
 * @param subnets number of /24 subnets ({@code datacenter}) or private pool size ({@code rotating-proxy})
 * @param ipsPerAccount addresses each account uses ({@code datacenter})
 * @param ipv6Share fraction of addresses that are IPv6
 */
public record NetworkSpec(String mode, String pool, Integer subnets, Integer ipsPerAccount, Double ipv6Share) {

    public NetworkSpec orDefaults(NetworkSpec d) {
        if (d == null) {
            return this;
        }
        return new NetworkSpec(Defaults.or(mode, d.mode), Defaults.or(pool, d.pool),
                Defaults.or(subnets, d.subnets), Defaults.or(ipsPerAccount, d.ipsPerAccount),
                Defaults.or(ipv6Share, d.ipv6Share));
    }
}
