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
        double risk = s.cluster().risk();
        long cluster = s.cluster().id();

        List<Usage> ipUse = infra.ipUsage(s.refs());
        Tally ips = new Tally();
        Tally subnets = new Tally();
        Tally sourceIps = new Tally();
        Tally sourceSubnets = new Tally();
        for (Usage u : ipUse) {
            String subnet = IpAddresses.subnetOf(u.value());
            ips.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            if (subnet != null) {
                subnets.add(subnet, u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), u.value());
            }
            if (s.sources().contains(u.accountRef())) {
                sourceIps.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
                if (subnet != null) {
                    sourceSubnets.add(subnet, u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), u.value());
                }
            }
        }
        Map<String, Reach> ipReach = infra.ipReach(ips.values());
        for (Tally.Entry e : sourceIps.ranked(e -> IpAddresses.isV4(e.value) || IpAddresses.isV6(e.value))) {
            IndicatorType type = IpAddresses.isV4(e.value) ? IndicatorType.IPV4 : IndicatorType.IPV6;
            add(indicators, type, e, cluster, risk, share(e.interactions, ipReach.get(e.value)), "interactions");
        }
        List<Tally.Entry> shownSubnets = subnets.ranked(e -> e.members.size() >= 2 || e.accounts.size() >= 2);
        List<Tally.Entry> sourceSubnetList = sourceSubnets.ranked(e -> e.members.size() >= 2
                || e.accounts.size() >= 2);
        Set<String> prefixes = new LinkedHashSet<>();
        shownSubnets.stream().limit(maxRows).forEach(e -> prefixes.add(IpAddresses.prefixOf(e.value)));
        sourceSubnetList.forEach(e -> prefixes.add(IpAddresses.prefixOf(e.value)));
        Map<String, Reach> subnetReach = infra.prefixReach(prefixes);
        Function<String, Reach> subnetLookup = subnet -> subnetReach.get(IpAddresses.prefixOf(subnet));
        for (Tally.Entry e : sourceSubnetList) {
            IndicatorType type = e.value.endsWith("/24") ? IndicatorType.IPV4_SUBNET : IndicatorType.IPV6_SUBNET;
            add(indicators, type, e, cluster, risk, share(e.interactions, subnetLookup.apply(e.value)), "interactions");
        }

        Tally agents = new Tally();
        Tally sourceAgents = new Tally();
        for (Usage u : infra.userAgentUsage(s.refs())) {
            agents.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            if (s.sources().contains(u.accountRef())) {
                sourceAgents.add(u.value(), u.accountRef(), u.interactions(), u.firstTs(), u.lastTs(), null);
            }
        }
        Map<String, Reach> agentReach = infra.userAgentReach(agents.values());
        for (Tally.Entry e : sourceAgents.ranked()) {
            double exclusive = share(e.interactions, agentReach.get(e.value));
            if (exclusive >= MIN_EXCLUSIVITY_PROFILE) {
                add(indicators, IndicatorType.USER_AGENT, e, cluster, risk, exclusive, "interactions");
            }
        }

        Tally payments = profileTally(s, s.refs(), AccountInfo::paymentFingerprint);
        Tally sourcePayments = profileTally(s, s.sources(), AccountInfo::paymentFingerprint);
        Map<String, Integer> paymentReach = queries.accountsWithPayment(payments.values());
        for (Tally.Entry e : sourcePayments.ranked()) {
            add(indicators, IndicatorType.PAYMENT_FINGERPRINT, e, cluster, risk,
                    accountShare(e, paymentReach.get(e.value)), "accounts");
        }
        Tally domains = profileTally(s, s.refs(), AccountInfo::emailDomain);
        Tally sourceDomains = profileTally(s, s.sources(), AccountInfo::emailDomain);
        Map<String, Integer> domainReach = queries.accountsWithEmailDomain(domains.values());
        for (Tally.Entry e : sourceDomains.ranked(e -> e.accounts.size() >= 2)) {
            double exclusive = accountShare(e, domainReach.get(e.value));
            if (exclusive >= MIN_EXCLUSIVITY_PROFILE) {
                add(indicators, IndicatorType.EMAIL_DOMAIN, e, cluster, risk, exclusive, "accounts");
            }
        }

        Infrastructure infrastructure = new Infrastructure(
                items(ips.ranked(), v -> share(ips.get(v).interactions, ipReach.get(v))), ips.size(),
                items(shownSubnets, v -> share(subnets.get(v).interactions, subnetLookup.apply(v))),
                shownSubnets.size(),
                items(payments.ranked(), v -> accountShare(payments.get(v), paymentReach.get(v))), payments.size(),
                items(agents.ranked(), v -> share(agents.get(v).interactions, agentReach.get(v))), agents.size(),
                items(domains.ranked(), v -> accountShare(domains.get(v), domainReach.get(v))), domains.size());
        return new Result(infrastructure, indicators);
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

    private static void add(List<Indicator> out, IndicatorType type, Tally.Entry e, long cluster, double risk,
                            double exclusivity, String unit) {
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
