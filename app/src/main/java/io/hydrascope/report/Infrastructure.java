package io.hydrascope.report;

import java.util.List;

/**
 * The infrastructure of a cluster by kind, each list most used first and capped; the totals say how many exist.
 */
public record Infrastructure(List<InfrastructureItem> ips, int ipCount, List<InfrastructureItem> subnets,
                             int subnetCount, List<InfrastructureItem> payments, int paymentCount,
                             List<InfrastructureItem> userAgents, int userAgentCount,
                             List<InfrastructureItem> emailDomains, int emailDomainCount) {
}
