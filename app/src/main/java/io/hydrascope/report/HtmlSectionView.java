package io.hydrascope.report;

import static io.hydrascope.report.HtmlView.map;

import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.NetworkName;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The template values of one cluster section, pictures included. */
final class HtmlSectionView {
    private static final int WIDTH = 720;

    private final Pictures pictures;
    private final int indicatorsShown;

    /** @param indicatorsShown how many of a section's indicators its table lists (highest confidence first) */
    HtmlSectionView(Pictures pictures, int indicatorsShown) {
        this.pictures = pictures;
        this.indicatorsShown = indicatorsShown;
    }

    Map<String, Object> of(ClusterSection s) {
        ClusterResult c = s.cluster();
        Map<String, Object> v = map("anchor", s.anchor(), "id", c.id(), "name", NetworkName.of(c.id()),
                "flagged", c.flagged(), "verdict", c.flagged() ? "Flagged" + (c.evidence() == ClusterResult.Evidence.CONTENT_ONLY
                        ? " on content-only evidence (no shared infrastructure, payment, sign-up or timing)" : "")
                        : "Not flagged",
                "risk", ReportFormats.risk(c.risk()), "accounts", ReportFormats.count(c.accounts()),
                "interactions", ReportFormats.count(c.interactions()),
                "from", ReportFormats.dateTime(Micros.instant(c.firstTimestampMicros())),
                "to", ReportFormats.dateTime(Micros.instant(c.lastTimestampMicros())),
                "headline", ReportText.oneLine(c.headline()));
        if (s.partial()) {
            v.put("partial", String.format(Locale.ROOT, "This section covers %d chosen accounts of the network "
                    + "(%,d interactions); the verdict and signals are the whole network's.", s.accountsInScope(),
                    s.interactionsInScope()));
        }
        v.put("signals", c.signals().stream().map(sig -> map("name", sig.signal().replace('_', ' '),
                "value", ReportFormats.signalValue(sig.signal(), sig.value()),
                "baseline", sig.baseline() == null ? "–" : ReportFormats.signalValue(sig.signal(), sig.baseline()),
                "contribution", String.format(Locale.ROOT, "%+.2f", sig.contribution()),
                "positive", sig.contribution() > 0.001, "negative", sig.contribution() < -0.001,
                "description", ReportText.oneLine(sig.description()))).toList());
        v.put("accountList", s.accounts().stream().map(a -> map("id", ReportText.oneLine(a.accountId()),
                "risk", ReportFormats.risk(a.risk()), "flagged", a.flagged(),
                "interactions", ReportFormats.count(a.interactions()), "topic", text(a.topTopic()),
                "created", ReportFormats.date(a.createdAt()), "email", text(a.emailDomain()),
                "payment", text(a.paymentFingerprint()), "hasTags", hasTags(s),
                "tags", ReportText.oneLine(String.join(", ", a.tags())))).toList());
        v.put("hasTags", hasTags(s));
        v.put("accountsCapped", s.accounts().size() < s.accountsInScope() ? String.format(Locale.ROOT,
                "The %d riskiest of %,d accounts.", s.accounts().size(), s.accountsInScope()) : null);
        v.put("infrastructure", infrastructure(s.infrastructure()));
        v.put("timelineChart", s.timeline().points().isEmpty() ? null
                : pictures.chart(ReportCharts.timeline(s.timeline()), WIDTH, 250));
        v.put("timelineCaption", "Interactions per " + ReportCharts.bucketName(s.timeline().bucketSeconds())
                + " by model (UTC)" + (s.timeline().launch() == null ? "" : "; the dashed line marks the launch of "
                + ReportText.oneLine(s.timeline().newModel())) + ".");
        v.put("topicChart", s.topics().isEmpty() ? null
                : pictures.chart(ReportCharts.topics(s.topics()), WIDTH, 50 + 24 * s.topics().size()));
        v.put("topics", s.topics().stream().map(t -> map("topic", text(t.topic()),
                "interactions", ReportFormats.count(t.interactions()), "share", ReportFormats.percent(t.share()),
                "cot", ReportFormats.count(t.chainOfThought()))).toList());
        v.put("graphPicture", s.graph().nodes().isEmpty() ? null : pictures.graph(s.graph(), WIDTH, 480));
        v.put("graphNote", ReportText.oneLine(s.graph().note()));
        v.put("families", s.families().stream().map(f -> map("id", f.id(),
                "skeleton", hasFixedText(f.skeleton()) ? ReportText.clean(ReportText.truncate(f.skeleton(), 600))
                        : null,
                "here", String.format(Locale.ROOT, "%,d interactions from %d accounts here", f.interactionsInScope(),
                        f.accountsInScope()),
                "inCase", String.format(Locale.ROOT, "%,d from %d accounts in the case", f.interactionsInCase(),
                        f.accountsInCase()),
                "fills", f.fills().isEmpty() ? null : ReportText.clean(f.fills()))).toList());
        v.put("hasFamilies", !s.families().isEmpty());
        v.put("samples", samples(s.samples()));
        v.put("annotations", annotations(s.annotations()));
        v.put("hasAnnotations", !s.annotations().isEmpty());
        v.put("indicatorSummary", IndicatorDigest.sectionSentence(s.indicators(), indicatorsShown));
        v.put("hasIndicators", !s.indicators().isEmpty() && indicatorsShown > 0);
        v.put("topIndicators", IndicatorDigest.top(s.indicators(), indicatorsShown).stream().map(i -> map(
                "type", i.type().label(), "value", ReportText.oneLine(i.value()),
                "first", ReportFormats.minutes(i.firstSeen()), "last", ReportFormats.minutes(i.lastSeen()),
                "confidence", i.confidence())).toList());
        return v;
    }

    private static Map<String, Object> infrastructure(Infrastructure i) {
        return map("groups", List.of(
                group("IP addresses", i.ips(), i.ipCount()),
                group("Shared subnets", i.subnets(), i.subnetCount()),
                group("Payment fingerprints", i.payments(), i.paymentCount()),
                group("User agents", i.userAgents(), i.userAgentCount()),
                group("E-mail domains", i.emailDomains(), i.emailDomainCount())).stream()
                .filter(g -> !((List<?>) g.get("items")).isEmpty()).toList());
    }

    private static Map<String, Object> group(String title, List<InfrastructureItem> items, int total) {
        return map("title", title, "count", items.size() < total ? "top " + items.size() + " of "
                + ReportFormats.count(total) : ReportFormats.count(total), "items", items.stream().map(it -> map(
                "value", ReportText.oneLine(ReportText.truncate(it.value(), 200)),
                "interactions", ReportFormats.count(it.interactions()), "accounts", it.accounts(),
                "first", ReportFormats.minutes(it.firstSeen()), "last", ReportFormats.minutes(it.lastSeen()),
                "exclusivity", ReportFormats.percent(it.exclusivity()))).toList());
    }

    static List<Map<String, Object>> samples(List<Evidence> samples) {
        return samples.stream().map(e -> map("requestId", ReportText.oneLine(e.requestId()),
                "bookmarked", e.bookmarked(), "account", ReportText.oneLine(e.accountId()),
                "time", ReportFormats.seconds(e.timestamp()), "model", text(e.model()), "ip", text(e.ip()),
                "userAgent", text(e.userAgent()), "topic", text(e.topic()), "cot", e.chainOfThought(),
                "why", ReportText.oneLine(e.why()), "explanation", e.topicExplanation().isEmpty() ? null
                        : ReportText.oneLine(e.topicExplanation()), "prompt", ReportText.clean(e.prompt()),
                "truncated", e.omittedChars() > 0 ? ReportText.truncationMarker(e.omittedChars()) : null,
                "notes", e.notes().stream().map(ReportText::clean).toList())).toList();
    }

    static List<Map<String, Object>> annotations(List<AnnotationLine> lines) {
        return lines.stream().map(a -> map("target", ReportText.oneLine(a.target()), "tag", a.tag() == null ? null
                : ReportText.oneLine(a.tag()), "note", a.note() == null ? null : ReportText.clean(a.note()),
                "bookmarked", a.bookmarked(), "author", a.author() == null ? "unknown analyst"
                        : ReportText.oneLine(a.author()), "at", ReportFormats.dateTime(a.createdAt()))).toList();
    }

    private static boolean hasTags(ClusterSection s) {
        return s.accounts().stream().anyMatch(a -> !a.tags().isEmpty());
    }

    /** A skeleton worth showing has some fixed text besides its slots ({…}). */
    static boolean hasFixedText(String skeleton) {
        return skeleton != null && skeleton.replace("{…}", "").replaceAll("[\\s\\p{Punct}]", "").length() >= 8;
    }

    private static String text(String s) {
        return s == null ? "" : ReportText.oneLine(s);
    }
}
