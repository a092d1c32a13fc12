package io.hydrascope.analysis.topics;

import io.hydrascope.model.InteractionTopic;
import io.hydrascope.model.TopicModelInfo;
import io.hydrascope.store.AnalysisQueries;
import io.hydrascope.store.ReadSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says why an interaction of a case got its topic, with the model that produced the case's topics: the built-in
 * one, or the one the case keeps. Models are loaded once per instance. Thread-safe; called off the FX thread.
 */
public final class TopicExplainer {
    private final Map<String, TopicClassifier> classifiers = new ConcurrentHashMap<>();

    /** One line for the prompt pane or a report, or empty when the case has no topics for the interaction. */
    public Optional<String> explain(ReadSession session, long interactionId, String prompt) {
        AnalysisQueries q = new AnalysisQueries(session);
        InteractionTopic stored = q.interactionTopics(java.util.List.of(interactionId)).get(interactionId);
        if (stored == null) {
            return Optional.empty();
        }
        Optional<TopicModelInfo> info = q.topicModel();
        TopicClassifier classifier = info.map(this::classifier).orElse(null);
        if (classifier != null) {
            return Optional.of(describe(stored, classifier.explain(prompt)));
        }
        // an older version's built-in model, or results from before models were recorded: explain with today's
        return Optional.of(describe(stored, classifier(TopicModel.builtIn().sha256()).explain(prompt))
                + " (explained with this version's built-in model; the case's topics came from "
                + info.map(i -> "the model " + i.name() + " " + i.sha256().substring(0, 12)).orElse("an older version")
                + ")");
    }

    /** The explanation line for a stored topic and the model's explanation of the prompt. */
    static String describe(InteractionTopic stored, Explanation e) {
        if (stored.inherited()) {
            return "Topic " + stored.topic() + ", from the conversation's first turn; this prompt alone: "
                    + e.summary();
        }
        return "Topic " + e.summary();
    }

    private TopicClassifier classifier(String builtInSha256) {
        return classifiers.computeIfAbsent(builtInSha256, k -> TopicClassifier.builtIn());
    }

    private TopicClassifier classifier(TopicModelInfo info) {
        if (info.sha256().equals(TopicModel.builtIn().sha256())) {
            return classifier(info.sha256());
        }
        if (info.file() == null) {
            return null;
        }
        return classifiers.computeIfAbsent(info.sha256(),
                k -> new TopicClassifier(TopicModel.fromBytes(info.file(), "the case's topic model " + info.name())));
    }
}
