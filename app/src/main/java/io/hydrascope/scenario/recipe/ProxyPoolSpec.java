package io.hydrascope.scenario.recipe;

/**
 * A pool of exit addresses that several populations may share, such as a residential proxy network resold to both
 * a campaign and ordinary VPN customers.
 *
 * @param kind {@code residential} or {@code datacenter}
 * @param ips number of exit addresses in the pool
 * @param ipv6Share fraction of the exits that are IPv6
 */
public record ProxyPoolSpec(String id, String kind, Integer ips, Double ipv6Share) {
}
