package io.hydrascope.report;

import io.hydrascope.model.AccountInfo;
import io.hydrascope.store.InfrastructureQueries;
import io.hydrascope.store.InfrastructureQueries.Reach;
import io.hydrascope.store.InfrastructureQueries.Usage;
import io.hydrascope.store.ReadSession;
import io.hydrascope.store.ReportQueries;
import io.hydrascope.store.ReportQueries.ActivitySpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The infrastructure of a section (IPs, subnets, payment fingerprints, user agents, e-mail domains) and the
 * indicators derived from it. An indicator's confidence is the cluster's risk times its exclusivity: how much of
 * the case's use of the value came from the section's source accounts. Values that ordinary customers share
 * (a public mail domain, a popular SDK) therefore score low, and those under {@link #MIN_CONFIDENCE} are left out.
 */
final class InfrastructureCollector {
    static final int MIN_CONFIDENCE = 10;
    private static final double MIN_EXCLUSIVITY_PROFILE = 0.5;

    private final InfrastructureQueries infra;
    private final ReportQueries queries;
    private final int maxRows;

    record Result(Infrastructure infrastructure, List<Indicator> indicators) {
    }

    InfrastructureCollector(ReadSession session, int maxRows) {
        this.infra = new InfrastructureQueries(session);
        this.queries = new ReportQueries(session);
        this.maxRows = maxRows;
    }

    Result collect(SectionScope s) {
        List<Indicator> indicators = new ArrayList<>();
        Network network = network(s, indicators);
        Kind agents = userAgents(s, indicators);
        Kind payments = profiles(s, AccountInfo::paymentFingerprint, queries::accountsWithPayment,
                IndicatorType.PAYMENT_FINGERPRINT, 1, 0, indicators);
        Kind domains = profiles(s, AccountInfo::emailDomain, queries::accountsWithEmailDomain,
                IndicatorType.EMAIL_DOMAIN, 2, MIN_EXCLUSIVITY_PROFILE, indicators);
        Infrastructure infrastructure = new Infrastructure(network.ips.items, network.ips.total,
                network.subnets.items, network.subnets.total, payments.items, payments.total, agents.items,
                agents.total, domains.items, domains.total);
        return new Result(infrastructure, indicators);
    }

    /** The shown rows of one kind of infrastructure and how many values it has. */
    private record Kind(List<InfrastructureItem> items, int total) {
    }

    private record Network(Kind ips, Kind subnets) {
    }

    /** IPs and their /24 (IPv4) or /48 (IPv6) subnets; a subnet counts when two accounts or two IPs share it. */
    private Network network(SectionScope s, List<Indicator> indicators) {
        Tally ips = new Tally();
        Tally subnets = new Tally();
        Tally sourceIps = new Tally();
        Tally sourceSubnets = new Tally();
        for (Usage u : infra.ipUsage(s.refs())) {
            String subnet = IpAddresses.subnetOf(u.value());
            boolean source = s.sources().contains(u.accountRef());
            ips.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            if (source) {
                sourceIps.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            }
            if (subnet != null) {
                subnets.add(subnet, u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), u.value());
                if (source) {
                    sourceSubnets.add(subnet, u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), u.value());
                }
            }
        }
        Map<String, Reach> ipReach = infra.ipReach(ips.values());
        for (Tally.Entry e : sourceIps.ranked(e -> IpAddresses.isV4(e.value) || IpAddresses.isV6(e.value))) {
            IndicatorType type = IpAddresses.isV4(e.value) ? IndicatorType.IPV4 : IndicatorType.IPV6;
            add(indicators, type, e, s, share(e.interactions, ipReach.get(e.value)), "interactions");
        }
        List<Tally.Entry> shown = subnets.ranked(InfrastructureCollector::shared);
        List<Tally.Entry> sourceShared = sourceSubnets.ranked(InfrastructureCollector::shared);
        Set<String> prefixes = new LinkedHashSet<>();
        shown.stream().limit(maxRows).forEach(e -> prefixes.add(IpAddresses.prefixOf(e.value)));
        sourceShared.forEach(e -> prefixes.add(IpAddresses.prefixOf(e.value)));
        Map<String, Reach> prefixReach = infra.prefixReach(prefixes);
        Function<String, Reach> subnetReach = subnet -> prefixReach.get(IpAddresses.prefixOf(subnet));
        for (Tally.Entry e : sourceShared) {
            IndicatorType type = e.value.endsWith("/24") ? IndicatorType.IPV4_SUBNET : IndicatorType.IPV6_SUBNET;
            add(indicators, type, e, s, share(e.interactions, subnetReach.apply(e.value)), "interactions");
        }
        return new Network(
                new Kind(items(ips.ranked(), v -> share(ips.get(v).interactions, ipReach.get(v))), ips.size()),
                new Kind(items(shown, v -> share(subnets.get(v).interactions, subnetReach.apply(v))), shown.size()));
    }

    private static boolean shared(Tally.Entry subnet) {
        return subnet.members.size() >= 2 || subnet.accounts.size() >= 2;
    }

    /** User agents; only those mostly used by the section's accounts become indicators (not a popular SDK). */
    private Kind userAgents(SectionScope s, List<Indicator> indicators) {
        Tally agents = new Tally();
        Tally sourceAgents = new Tally();
        for (Usage u : infra.userAgentUsage(s.refs())) {
            agents.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            if (s.sources().contains(u.accountRef())) {
                sourceAgents.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            }
        }
        Map<String, Reach> reach = infra.userAgentReach(agents.values());
        for (Tally.Entry e : sourceAgents.ranked()) {
            double exclusive = share(e.interactions, reach.get(e.value));
            if (exclusive >= MIN_EXCLUSIVITY_PROFILE) {
                add(indicators, IndicatorType.USER_AGENT, e, s, exclusive, "interactions");
            }
        }
        return new Kind(items(agents.ranked(), v -> share(agents.get(v).interactions, reach.get(v))), agents.size());
    }

    /** A profile field (payment fingerprint, e-mail domain); exclusivity counts accounts, not traffic. */
    private Kind profiles(SectionScope s, Function<AccountInfo, String> field,
                          Function<List<String>, Map<String, Integer>> caseAccounts, IndicatorType type,
                          int minAccounts, double minExclusivity, List<Indicator> indicators) {
        Tally all = profileTally(s, s.refs(), field);
        Tally sources = profileTally(s, s.sources(), field);
        Map<String, Integer> reach = caseAccounts.apply(all.values());
        for (Tally.Entry e : sources.ranked(e -> e.accounts.size() >= minAccounts)) {
            double exclusive = accountShare(e, reach.get(e.value));
            if (exclusive >= minExclusivity) {
                add(indicators, type, e, s, exclusive, "accounts");
            }
        }
        return new Kind(items(all.ranked(), v -> accountShare(all.get(v), reach.get(v))), all.size());
    }

    private Tally profileTally(SectionScope s, Iterable<Long> refs, Function<AccountInfo, String> field) {
        Tally t = new Tally();
        for (Long ref : refs) {
            AccountInfo info = s.infos().get(ref);
            ActivitySpan span = s.activity().get(ref);
            String value = info == null ? null : field.apply(info);
            if (value != null && !value.isBlank() && span != null) {
                t.add(value, ref, span.interactions(), span.firstTs(), span.lastTs(), null);
            }
        }
        return t;
    }

    private List<InfrastructureItem> items(List<Tally.Entry> ranked, Function<String, Double> exclusivity) {
        List<InfrastructureItem> out = new ArrayList<>();
        for (Tally.Entry e : ranked.subList(0, Math.min(maxRows, ranked.size()))) {
            out.add(new InfrastructureItem(e.value, e.interactions, e.accounts.size(), e.firstSeen(), e.lastSeen(),
                    exclusivity.apply(e.value)));
        }
        return out;
    }

    private static void add(List<Indicator> out, IndicatorType type, Tally.Entry e, SectionScope s,
                            double exclusivity, String unit) {
        long cluster = s.cluster().id();
        double risk = s.cluster().risk();
        int confidence = (int) Math.round(100 * risk * exclusivity);
        if (confidence < MIN_CONFIDENCE) {
            return;
        }
        String basis = String.format(Locale.ROOT, "%d account%s, %,d interactions; %.0f%% of the case's %s with "
                + "this value; cluster risk %.2f", e.accounts.size(), e.accounts.size() == 1 ? "" : "s",
                e.interactions, 100 * exclusivity, unit, risk);
        out.add(new Indicator(type, e.value, cluster, e.firstSeen(), e.lastSeen(), confidence, e.accounts.size(),
                e.interactions, basis));
    }

    private static double share(long part, Reach whole) {
        return whole == null || whole.interactions() == 0 ? 1.0 : Math.min(1.0, (double) part / whole.interactions());
    }

    private static double accountShare(Tally.Entry e, Integer wholeAccounts) {
        return wholeAccounts == null || wholeAccounts == 0 ? 1.0
                : Math.min(1.0, (double) e.accounts.size() / wholeAccounts);
    }
}
