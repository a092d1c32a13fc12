package io.hydrascope.scenario.recipe;

import java.util.Map;

/**
 * One benign population. Absent fields take the defaults of its {@code kind} (see {@link PopulationKinds}).
 *
 * @param kind {@code ordinary}, {@code organisation}, {@code saas-integrator}, {@code research-group},
 *     {@code agent-users}, {@code university-class}, {@code eval-vendor} or {@code viral-prompt}
 * @param share relative weight of this population in the scenario's interactions
 * @param scaleAccounts whether {@code accounts} grows with the requested number of interactions
 * @param topics weights of the prompt pools its users draw from
 * @param countries weights of the countries its accounts are in (one entry for a single-site population)
 * <p>The last eight fields apply to some kinds only (see {@link PopulationKinds#fieldsOf}).
 *
 * @param orgId organisation id written to accounts.csv (site kinds and classes)
 * @param emailDomain the shared e-mail domain (site kinds and classes)
 * @param userAgent the one client all its accounts use (site kinds; an agent's users add their platform)
 * @param ips number of shared addresses: NAT addresses of an organisation or campus, datacenter addresses of a SaaS
 *     integrator or evaluation vendor, hosts on a research group's university subnet
 * @param volumeSkew heavy tail of per-account volume (Pareto shape; smaller is heavier; people on home connections)
 * @param proxyPool id of a proxy pool some users connect through, e.g. as a VPN ({@code ordinary},
 *     {@code viral-prompt})
 * @param proxyShare fraction of users who connect through {@code proxyPool}
 * @param ipv6Share fraction of home connections that are IPv6 (people on home connections)
 */
public record PopulationSpec(
        String id,
        String kind,
        String description,
        Integer accounts,
        Double share,
        Boolean scaleAccounts,
        Map<String, Double> topics,
        Map<String, Double> countries,
        AdoptionSpec adoption,
        String orgId,
        String emailDomain,
        String userAgent,
        Integer ips,
        Double volumeSkew,
        String proxyPool,
        Double proxyShare,
        Double ipv6Share) {

    /** This spec with every absent field taken from {@code d}. */
    public PopulationSpec orDefaults(PopulationSpec d) {
        return new PopulationSpec(id, kind, Defaults.or(description, d.description),
                Defaults.or(accounts, d.accounts), Defaults.or(share, d.share),
                Defaults.or(scaleAccounts, d.scaleAccounts), Defaults.orMap(topics, d.topics),
                Defaults.orMap(countries, d.countries),
                adoption == null ? d.adoption : adoption.orDefaults(d.adoption),
                Defaults.or(orgId, d.orgId), Defaults.or(emailDomain, d.emailDomain),
                Defaults.or(userAgent, d.userAgent), Defaults.or(ips, d.ips), Defaults.or(volumeSkew, d.volumeSkew),
                Defaults.or(proxyPool, d.proxyPool), Defaults.or(proxyShare, d.proxyShare),
                Defaults.or(ipv6Share, d.ipv6Share));
    }

    /** This spec with another account count. */
    public PopulationSpec withAccounts(int count) {
        return new PopulationSpec(id, kind, description, count, share, scaleAccounts, topics, countries, adoption,
                orgId, emailDomain, userAgent, ips, volumeSkew, proxyPool, proxyShare, ipv6Share);
    }
}
