package io.hydrascope.report;

import io.hydrascope.analysis.topics.TopicExplainer;
import io.hydrascope.model.Annotation;
import io.hydrascope.model.AnnotationTarget;
import io.hydrascope.store.EvidenceQueries;
import io.hydrascope.store.EvidenceQueries.InteractionRow;
import io.hydrascope.store.ReadSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the sample prompts of a section: all bookmarked evidence of its accounts first, then, up to the limit, one example of each of the section's
 * most used template families, then the first exchange on each of its topics (capabilities before general chat).
 */
final class SampleSelector {
    private final ReadSession session;
    private final TopicExplainer explainer = new TopicExplainer();
    private final EvidenceQueries evidence;
    private final AnnotationIndex notes;
    private final int maxSamples;
    private final int maxPromptChars;

    SampleSelector(ReadSession session, AnnotationIndex notes, int maxSamples, int maxPromptChars) {
        this.session = session;
        this.evidence = new EvidenceQueries(session);
        this.notes = notes;
        this.maxSamples = maxSamples;
        this.maxPromptChars = maxPromptChars;
    }

    List<Evidence> select(SectionScope s, Set<String> accountIds, List<TemplateFamilyRow> families,
                          List<TopicShare> topics) {
        Map<String, Evidence> chosen = new LinkedHashMap<>();
        for (InteractionRow row : evidence.byRequestIds(notes.bookmarkedInteractions())) {
            if (accountIds.contains(row.accountId())) {
                chosen.putIfAbsent(row.requestId(), toEvidence(row, "bookmarked", s.cluster().id()));
            }
        }
        int familyQuota = chosen.size() + Math.max(1, (maxSamples - chosen.size() + 1) / 2);
        for (TemplateFamilyRow f : families) {
            if (chosen.size() >= Math.min(maxSamples, familyQuota)) {
                break;
            }
            take(chosen, evidence.firstOfFamily(s.refs(), f.id()), "template family " + f.id(), s);
        }
        List<TopicShare> ordered = new ArrayList<>(topics);
        ordered.sort((a, b) -> Boolean.compare("general".equals(a.topic()), "general".equals(b.topic())));
        for (TopicShare t : ordered) {
            if (chosen.size() >= maxSamples) {
                break;
            }
            take(chosen, evidence.firstOfTopic(s.refs(), t.topic()), "topic " + t.topic(), s);
        }
        return List.copyOf(chosen.values());
    }

    /** Bookmarked interactions of accounts outside every section. */
    List<Evidence> outside(Set<String> reportedRequestIds) {
        List<Evidence> out = new ArrayList<>();
        for (InteractionRow row : evidence.byRequestIds(notes.bookmarkedInteractions())) {
            if (!reportedRequestIds.contains(row.requestId())) {
                out.add(toEvidence(row, "bookmarked", null));
            }
        }
        return out;
    }

    private void take(Map<String, Evidence> chosen, Optional<InteractionRow> row, String why, SectionScope s) {
        row.ifPresent(r -> chosen.putIfAbsent(r.requestId(), toEvidence(r, why, s.cluster().id())));
    }

    Evidence toEvidence(InteractionRow r, String why, Long clusterId) {
        List<Annotation> own = notes.of(AnnotationTarget.INTERACTION, r.requestId());
        List<String> lines = own.stream().flatMap(a -> java.util.stream.Stream.of(a.tag(), a.note()))
                .filter(t -> t != null && !t.isBlank()).toList();
        String prompt = r.prompt() == null ? "" : r.prompt();
        String cut = ReportText.truncate(prompt, maxPromptChars);
        return new Evidence(r.requestId(), Micros.instant(r.ts()), r.accountId(), r.ip(), r.userAgent(), r.model(),
                r.topic(), r.chainOfThought(), explainer.explain(session, r.id(), prompt).orElse(""), r.familyId(), cut, prompt.length() - cut.length(),
                own.stream().anyMatch(Annotation::bookmarked), why, lines, clusterId);
    }
}
