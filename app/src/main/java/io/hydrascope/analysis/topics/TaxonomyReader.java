package io.hydrascope.analysis.topics;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hydrascope.analysis.topics.TaxonomyDocument.CueSetDocument;
import io.hydrascope.analysis.topics.TaxonomyDocument.TopicDocument;
import io.hydrascope.analysis.topics.TopicTaxonomy.CueSet;
import io.hydrascope.analysis.topics.TopicTaxonomy.TopicDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads a taxonomy file, validates it, and merges it onto a base taxonomy. Stateless. */
final class TaxonomyReader {
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .readerFor(TaxonomyDocument.class);
    private static final double DEFAULT_MIN_SCORE = 1.0;
    private static final int DEFAULT_MAX_SCAN_CHARS = 8192;

    private TaxonomyReader() {
    }

    /**
     * @param base the taxonomy an {@code "extends": "built-in"} file extends; null while reading the built-in itself
     */
    static TopicTaxonomy read(InputStream in, String source, Supplier<TopicTaxonomy> base) throws IOException {
        TaxonomyDocument doc = parse(in, source);
        if (!TopicTaxonomy.FORMAT.equals(doc.format())) {
            throw new TaxonomyException(source, "\"format\" must be \"" + TopicTaxonomy.FORMAT + "\", found "
                    + (doc.format() == null ? "nothing" : "\"" + doc.format() + "\""));
        }
        String extendsWhat = doc.extendsTaxonomy() == null ? "built-in" : doc.extendsTaxonomy();
        if (!extendsWhat.equals("built-in") && !extendsWhat.equals("none")) {
            throw new TaxonomyException(source, "\"extends\" must be \"built-in\" or \"none\", found \""
                    + extendsWhat + "\"");
        }
        TopicTaxonomy start = base != null && extendsWhat.equals("built-in") ? base.get() : null;
        return new Merger(source, start).merge(doc);
    }

    private static TaxonomyDocument parse(InputStream in, String source) throws IOException {
        try {
            TaxonomyDocument doc = READER.readValue(in);
            if (doc == null) {
                throw new TaxonomyException(source, "is empty");
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known fields: " + e.getKnownPropertyIds()
                    .stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new TaxonomyException(source, "unknown field \"" + e.getPropertyName() + "\" at "
                    + path(e) + where(e.getLocation()) + known, e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException syntax) {
                throw notJson(source, syntax);
            }
            throw new TaxonomyException(source, "wrong value at " + path(e) + where(e.getLocation()) + ": "
                    + clean(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw notJson(source, e);
        }
    }

    private static TaxonomyException notJson(String source, JsonProcessingException e) {
        return new TaxonomyException(source, "not valid JSON" + where(e.getLocation()) + ": "
                + clean(e.getOriginalMessage()), e);
    }

    /** Jackson's messages name the source as "REDACTED"; the file is already named, so drop that part. */
    private static String clean(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^;]*; ", "[");
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "top level" : sb.toString();
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Applies one document onto a starting taxonomy (or onto nothing). */
    private static final class Merger {
        private final String source;
        private final TopicTaxonomy start;
        private final Map<Topic, String> descriptions = new LinkedHashMap<>();
        private final Map<Topic, Map<String, Cue>> cues = new LinkedHashMap<>();
        private final Map<String, Cue> cotCues = new LinkedHashMap<>();

        Merger(String source, TopicTaxonomy start) {
            this.source = source;
            this.start = start;
            if (start != null) {
                for (TopicDefinition t : start.topics()) {
                    descriptions.put(t.topic(), t.description());
                    cues.put(t.topic(), keyed(t.cues()));
                }
                cotCues.putAll(keyed(start.chainOfThought().cues()));
            }
        }

        TopicTaxonomy merge(TaxonomyDocument doc) {
            double minScore = positive(doc.minScore(), start == null ? DEFAULT_MIN_SCORE : start.minScore(),
                    "\"minScore\"");
            int maxScan = doc.maxScanChars() != null ? doc.maxScanChars()
                    : start == null ? DEFAULT_MAX_SCAN_CHARS : start.maxScanChars();
            if (maxScan < 256 || maxScan > (1 << 20)) {
                throw fail("\"maxScanChars\" must be between 256 and 1048576, found " + maxScan);
            }
            Set<Topic> seen = new HashSet<>();
            for (int i = 0; doc.topics() != null && i < doc.topics().size(); i++) {
                mergeTopic(doc.topics().get(i), i, seen);
            }
            descriptions.putIfAbsent(Topic.GENERAL, "everything no other topic claims");
            cues.putIfAbsent(Topic.GENERAL, new LinkedHashMap<>());
            List<TopicDefinition> topics = new ArrayList<>();
            descriptions.forEach((topic, text) -> topics.add(
                    new TopicDefinition(topic, text, List.copyOf(cues.get(topic).values()))));
            List<String> sources = new ArrayList<>(start == null ? List.of() : start.sources());
            sources.add(source);
            String description = doc.description() != null ? doc.description()
                    : start == null ? "" : start.description();
            return new TopicTaxonomy(description, minScore, maxScan, topics, chainOfThought(doc.chainOfThought()),
                    sources);
        }

        private void mergeTopic(TopicDocument t, int index, Set<Topic> seen) {
            if (t == null || t.id() == null) {
                throw fail("topic " + (index + 1) + " has no \"id\"");
            }
            Topic topic;
            try {
                topic = Topic.of(t.id());
            } catch (IllegalArgumentException e) {
                throw fail("topic " + (index + 1) + ": " + e.getMessage());
            }
            String where = "topic '" + topic + "'";
            if (!seen.add(topic)) {
                throw fail(where + " is defined twice");
            }
            if (!descriptions.containsKey(topic) && (t.description() == null || t.description().isBlank())) {
                throw fail(where + " is new, so it needs a \"description\"");
            }
            if (t.description() != null) {
                descriptions.put(topic, t.description());
            }
            Map<String, Cue> topicCues = cues.computeIfAbsent(topic, k -> new LinkedHashMap<>());
            if (Boolean.TRUE.equals(t.replaceCues())) {
                topicCues.clear();
            }
            addGroups(topicCues, t.cues(), where);
        }

        private CueSet chainOfThought(CueSetDocument doc) {
            CueSet base = start == null ? null : start.chainOfThought();
            if (doc == null) {
                return base != null ? base : new CueSet("", DEFAULT_MIN_SCORE, List.of());
            }
            if (Boolean.TRUE.equals(doc.replaceCues())) {
                cotCues.clear();
            }
            addGroups(cotCues, doc.cues(), "chainOfThought");
            double minScore = positive(doc.minScore(), base == null ? DEFAULT_MIN_SCORE : base.minScore(),
                    "chainOfThought \"minScore\"");
            String description = doc.description() != null ? doc.description() : base == null ? ""
                    : base.description();
            return new CueSet(description, minScore, List.copyOf(cotCues.values()));
        }

        private void addGroups(Map<String, Cue> into, List<TaxonomyDocument.CueGroupDocument> groups, String where) {
            for (int g = 0; groups != null && g < groups.size(); g++) {
                for (Cue cue : CueGroups.toCues(groups.get(g), where + ", cue group " + (g + 1), source, this::fail)) {
                    into.put(cue.key(), cue);
                }
            }
        }

        private double positive(Double value, double fallback, String name) {
            double v = value == null ? fallback : value;
            if (!(v > 0) || Double.isInfinite(v)) {
                throw fail(name + " must be a positive number, found " + v);
            }
            return v;
        }

        private TaxonomyException fail(String problem) {
            return new TaxonomyException(source, problem);
        }

        private static Map<String, Cue> keyed(List<Cue> list) {
            Map<String, Cue> map = new LinkedHashMap<>();
            list.forEach(c -> map.put(c.key(), c));
            return map;
        }
    }
}
