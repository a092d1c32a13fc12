package io.hydrascope.report;

import io.hydrascope.model.NetworkName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the readable reports say about indicators: a count by type and the few with the highest confidence per
 * network, and a table of counts by type and network for the appendix. The full list belongs to the indicator CSV and
 * the STIX bundle, which tools read; printed, it ran to dozens of pages nobody reads.
 */
final class IndicatorDigest {
    static final Comparator<Indicator> STRONGEST = Comparator.comparingInt((Indicator i) -> -i.confidence())
            .thenComparing(Indicator::type).thenComparing(Indicator::value);

    private IndicatorDigest() {
    }

    /** The {@code n} with the highest confidence. */
    static List<Indicator> top(List<Indicator> indicators, int n) {
        return indicators.stream().sorted(STRONGEST).limit(Math.max(0, n)).toList();
    }

    static Map<IndicatorType, Integer> byType(List<Indicator> indicators) {
        Map<IndicatorType, Integer> out = new EnumMap<>(IndicatorType.class);
        indicators.forEach(i -> out.merge(i.type(), 1, Integer::sum));
        return out;
    }

    /** "12 IPv4 addresses", "1 user agent". */
    static String count(int n, IndicatorType type) {
        String one = switch (type) {
            case ACCOUNT -> "account";
            case IPV4 -> "IPv4 address";
            case IPV6 -> "IPv6 address";
            case IPV4_SUBNET -> "IPv4 subnet";
            case IPV6_SUBNET -> "IPv6 subnet";
            case PAYMENT_FINGERPRINT -> "payment fingerprint";
            case USER_AGENT -> "user agent";
            case EMAIL_DOMAIN -> "e-mail domain";
        };
        return ReportFormats.count(n) + " " + (n == 1 ? one : one.endsWith("s") ? one + "es" : one + "s");
    }

    /** "42 indicators from this network (12 IPv4 addresses, 30 accounts); the 10 with the highest confidence, …". */
    static String sectionSentence(List<Indicator> indicators, int shown) {
        if (indicators.isEmpty()) {
            return "No indicator from this network reached the confidence needed for sharing.";
        }
        String types = byType(indicators).entrySet().stream().map(e -> count(e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
        int listed = Math.min(shown, indicators.size());
        return String.format(Locale.ROOT, "%,d indicator%s from this network (%s); %s:", indicators.size(),
                indicators.size() == 1 ? "" : "s", types, listed == indicators.size()
                        ? (listed == 1 ? "it is" : "all of them") + " listed below"
                        : "the " + listed + " with the highest confidence, all of them in the CSV and STIX exports");
    }

    /** Network names, in the order the appendix's columns show them (by number). */
    static List<String> networks(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::clusterId).collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(NetworkName::of).toList();
    }

    /** One row per type: the type, its count in each network (in {@link #networks} order) and in all. */
    record TypeRow(String type, List<String> counts, String total) {
    }

    static List<TypeRow> typeRows(List<Indicator> indicators) {
        List<Long> ids = indicators.stream().map(Indicator::clusterId).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
        List<TypeRow> rows = new ArrayList<>();
        for (Map.Entry<IndicatorType, Integer> e : byType(indicators).entrySet()) {
            List<String> counts = ids.stream().map(id -> ReportFormats.count(indicators.stream()
                    .filter(i -> i.type() == e.getKey() && i.clusterId() == id).count())).toList();
            rows.add(new TypeRow(e.getKey().label(), counts, ReportFormats.count(e.getValue())));
        }
        return rows;
    }
}
