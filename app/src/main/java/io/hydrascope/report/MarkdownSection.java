package io.hydrascope.report;

import static io.hydrascope.report.MarkdownText.code;
import static io.hydrascope.report.MarkdownText.text;

import io.hydrascope.model.ClusterResult;
import io.hydrascope.model.NetworkName;
import io.hydrascope.model.ClusterSignal;
import java.util.List;
import java.util.Locale;

/** Writes one cluster section of the Markdown report. */
final class MarkdownSection {
    private final StringBuilder md;
    private final int shown;

    /** @param shown how many of a section's indicators it lists (highest confidence first) */
    MarkdownSection(StringBuilder md, int shown) {
        this.md = md;
        this.shown = shown;
    }

    void write(ClusterSection s) {
        ClusterResult c = s.cluster();
        md.append("## ").append(NetworkName.of(c.id())).append("\n\n");
        md.append("**Verdict: ").append(c.flagged() ? "flagged" : "not flagged")
                .append(c.evidence() == ClusterResult.Evidence.CONTENT_ONLY ? " on content-only evidence (no shared "
                        + "infrastructure, payment, sign-up or timing)" : "").append(", risk ")
                .append(ReportFormats.risk(c.risk())).append(".** ").append(ReportFormats.count(c.accounts()))
                .append(" accounts, ").append(ReportFormats.count(c.interactions())).append(" interactions, ")
                .append(ReportFormats.dateTime(Micros.instant(c.firstTimestampMicros()))).append(" to ")
                .append(ReportFormats.dateTime(Micros.instant(c.lastTimestampMicros()))).append(". ")
                .append(text(c.headline())).append("\n\n");
        if (s.partial()) {
            md.append("This section covers ").append(s.accountsInScope()).append(" chosen accounts of the network (")
                    .append(ReportFormats.count(s.interactionsInScope()))
                    .append(" interactions); the verdict and signals are the whole network's.\n\n");
        }
        md.append("### Signals\n\n| Signal | Value | Baseline | Contribution | Evidence |\n|---|---:|---:|---:|---|\n");
        for (ClusterSignal sig : c.signals()) {
            md.append(MarkdownReportWriter.signalRow(sig));
        }
        accounts(s);
        infrastructure(s.infrastructure());
        indicators(s);
        topics(s);
        families(s);
        md.append("### Sample prompts\n\n");
        samples(md, s.samples());
        if (!s.annotations().isEmpty()) {
            md.append("### Analyst tags and notes\n\n");
            annotations(md, s.annotations());
        }
    }

    private void accounts(ClusterSection s) {
        md.append("\n### Member accounts\n\n");
        if (s.accounts().size() < s.accountsInScope()) {
            md.append("The ").append(s.accounts().size()).append(" riskiest of ").append(s.accountsInScope())
                    .append(" accounts.\n\n");
        }
        md.append("| Account | Risk | Flagged | Interactions | Top topic | Created | E-mail domain | Payment | Tags |\n"
                + "|---|---:|---|---:|---|---|---|---|---|\n");
        for (AccountRow a : s.accounts()) {
            md.append("| ").append(code(a.accountId(), true)).append(" | ").append(ReportFormats.risk(a.risk()))
                    .append(" | ").append(a.flagged() ? "yes" : "no").append(" | ")
                    .append(ReportFormats.count(a.interactions())).append(" | ").append(text(nz(a.topTopic())))
                    .append(" | ").append(ReportFormats.date(a.createdAt())).append(" | ")
                    .append(code(nz(a.emailDomain()), true)).append(" | ").append(code(nz(a.paymentFingerprint()), true))
                    .append(" | ").append(text(String.join(", ", a.tags()))).append(" |\n");
        }
        md.append('\n');
    }

    private void indicators(ClusterSection s) {
        md.append("### Indicators\n\n").append(text(IndicatorDigest.sectionSentence(s.indicators(), shown)))
                .append("\n\n");
        List<Indicator> top = IndicatorDigest.top(s.indicators(), shown);
        if (top.isEmpty()) {
            return;
        }
        md.append("| Type | Value | First seen | Last seen | Confidence |\n|---|---|---|---|---:|\n");
        for (Indicator i : top) {
            md.append("| ").append(i.type().label()).append(" | ").append(code(i.value(), true)).append(" | ")
                    .append(ReportFormats.dateTime(i.firstSeen())).append(" | ")
                    .append(ReportFormats.dateTime(i.lastSeen())).append(" | ").append(i.confidence()).append(" |\n");
        }
        md.append('\n');
    }

    private void infrastructure(Infrastructure i) {
        md.append("### Infrastructure\n\n");
        table("IP addresses", i.ips(), i.ipCount());
        table("Shared subnets", i.subnets(), i.subnetCount());
        table("Payment fingerprints", i.payments(), i.paymentCount());
        table("User agents", i.userAgents(), i.userAgentCount());
        table("E-mail domains", i.emailDomains(), i.emailDomainCount());
    }

    private void table(String title, List<InfrastructureItem> items, int total) {
        if (items.isEmpty()) {
            return;
        }
        md.append("**").append(title).append("** (").append(items.size() < total ? "top " + items.size() + " of "
                + ReportFormats.count(total) : ReportFormats.count(total)).append(")\n\n");
        md.append("| Value | Interactions | Accounts | First seen | Last seen | Exclusive to these accounts |\n"
                + "|---|---:|---:|---|---|---:|\n");
        for (InfrastructureItem it : items) {
            md.append("| ").append(code(ReportText.truncate(it.value(), 160), true)).append(" | ")
                    .append(ReportFormats.count(it.interactions())).append(" | ").append(it.accounts()).append(" | ")
                    .append(ReportFormats.dateTime(it.firstSeen())).append(" | ")
                    .append(ReportFormats.dateTime(it.lastSeen())).append(" | ")
                    .append(ReportFormats.percent(it.exclusivity())).append(" |\n");
        }
        md.append('\n');
    }

    private void topics(ClusterSection s) {
        md.append("### Topics\n\n| Topic | Interactions | Share | Chain-of-thought |\n|---|---:|---:|---:|\n");
        for (TopicShare t : s.topics()) {
            md.append("| ").append(text(t.topic())).append(" | ").append(ReportFormats.count(t.interactions()))
                    .append(" | ").append(ReportFormats.percent(t.share())).append(" | ")
                    .append(ReportFormats.count(t.chainOfThought())).append(" |\n");
        }
        md.append('\n');
    }

    private void families(ClusterSection s) {
        if (s.families().isEmpty()) {
            return;
        }
        md.append("### Template families\n\n");
        for (TemplateFamilyRow f : s.families()) {
            md.append(String.format(Locale.ROOT, "**Family %d**: %,d interactions from %d accounts here (%,d from %d "
                    + "accounts in the case)%n%n", f.id(), f.interactionsInScope(), f.accountsInScope(),
                    f.interactionsInCase(), f.accountsInCase()));
            md.append(HtmlSectionView.hasFixedText(f.skeleton())
                    ? MarkdownText.fenced(ReportText.truncate(f.skeleton(), 600))
                    : "Its prompts share no fixed text long enough to show; they match as near-duplicates.\n")
                    .append('\n');
            if (!f.fills().isEmpty()) {
                md.append("Fill vocabulary here: ").append(MarkdownText.text(f.fills())).append("\n\n");
            }
        }
    }

    static void samples(StringBuilder md, List<Evidence> samples) {
        if (samples.isEmpty()) {
            md.append("No prompts to show.\n\n");
        }
        int n = 1;
        for (Evidence e : samples) {
            md.append(n++).append(". ").append(e.bookmarked() ? "**Bookmarked evidence.** " : "")
                    .append("Request ").append(code(e.requestId(), false)).append(", account ")
                    .append(code(e.accountId(), false)).append(", ").append(ReportFormats.seconds(e.timestamp()))
                    .append(", model ").append(code(nz(e.model()), false)).append(", IP ").append(code(nz(e.ip()), false))
                    .append(", topic ").append(text(nz(e.topic()))).append(e.chainOfThought() ? " (chain-of-thought)" : "")
                    .append(". Shown as: ").append(text(e.why())).append(".\n\n");
            if (!e.topicExplanation().isEmpty()) {
                md.append("   ").append(text(e.topicExplanation())).append("\n\n");
            }
            md.append(indent(MarkdownText.fenced(e.prompt())));
            if (e.omittedChars() > 0) {
                md.append("   ").append(text(ReportText.truncationMarker(e.omittedChars()))).append("\n");
            }
            for (String note : e.notes()) {
                md.append("   Note: ").append(text(note)).append('\n');
            }
            md.append('\n');
        }
    }

    static void annotations(StringBuilder md, List<AnnotationLine> lines) {
        for (AnnotationLine a : lines) {
            md.append("- ").append(text(a.target())).append(": ");
            if (a.bookmarked()) {
                md.append("bookmarked. ");
            }
            if (a.tag() != null) {
                md.append("tag ").append(code(a.tag(), false)).append(". ");
            }
            if (a.note() != null) {
                md.append(text(a.note())).append(' ');
            }
            md.append('(').append(text(a.author() == null ? "unknown analyst" : a.author())).append(", ")
                    .append(ReportFormats.dateTime(a.createdAt())).append(")\n");
        }
        md.append('\n');
    }

    private static String indent(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("   ").append(line);
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
