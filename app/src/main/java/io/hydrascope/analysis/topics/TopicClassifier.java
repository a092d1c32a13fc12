package io.hydrascope.analysis.topics;

import io.hydrascope.analysis.topics.TopicTaxonomy.TopicDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies a prompt into one topic of a {@link TopicTaxonomy} and raises the chain-of-thought elicitation flag.
 *
 * <p>Each cue that occurs adds its weight once to its topic. The best topic other than {@code general} wins when its
 * score reaches the taxonomy's {@code minScore} and beats the score of {@code general}; otherwise the prompt is
 * {@code general}. Ties go to the topic listed first. Only the first {@code maxScanChars} characters are scanned.
 *
 * <p>Immutable after construction and thread-safe: per-thread working buffers are kept in a ThreadLocal, so one
 * instance can serve all worker threads.
 */
public final class TopicClassifier {
    private final TopicTaxonomy taxonomy;
    private final List<Topic> topics;
    private final Map<Topic, Integer> topicIndex = new HashMap<>();
    private final int generalIndex;
    /** Cue targets are topic indexes; this one stands for the chain-of-thought flag. */
    private final int cotTarget;
    private final List<Cue> cues = new ArrayList<>();
    private final int[] cueTarget;
    private final double[] cueWeight;
    private final int[] cueGroup;
    private final int[] groupTarget;
    private final double[] groupCap;
    private final int[][] phraseCues;
    private final int[][] allOfCues;
    private final int[][] allOfParts;
    private final int[][] regexCues;
    private final Pattern[] regexes;
    private final int[] structureCues;
    private final Structure[] structures;
    private final CueAutomaton automaton;
    private final ThreadLocal<Scan> scans;

    public TopicClassifier(TopicTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.topics = taxonomy.topicIds();
        for (int i = 0; i < topics.size(); i++) {
            topicIndex.put(topics.get(i), i);
        }
        generalIndex = topicIndex.get(Topic.GENERAL);
        cotTarget = topics.size();
        List<Integer> targets = new ArrayList<>();
        for (TopicDefinition t : taxonomy.topics()) {
            for (Cue cue : t.cues()) {
                cues.add(cue);
                targets.add(topicIndex.get(t.topic()));
            }
        }
        for (Cue cue : taxonomy.chainOfThought().cues()) {
            cues.add(cue);
            targets.add(cotTarget);
        }
        int n = cues.size();
        cueTarget = targets.stream().mapToInt(Integer::intValue).toArray();
        cueWeight = cues.stream().mapToDouble(Cue::weight).toArray();
        cueGroup = new int[n];
        Map<String, Integer> groupIds = new LinkedHashMap<>();
        List<Integer> groupTargets = new ArrayList<>();
        List<Double> groupCaps = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Cue cue = cues.get(c);
            String key = cueTarget[c] + "\u0000" + cue.group() + "\u0000" + cue.cap();
            Integer g = groupIds.get(key);
            if (g == null) {
                g = groupIds.size();
                groupIds.put(key, g);
                groupTargets.add(cueTarget[c]);
                groupCaps.add(cue.cap());
            }
            cueGroup[c] = g;
        }
        groupTarget = groupTargets.stream().mapToInt(Integer::intValue).toArray();
        groupCap = groupCaps.stream().mapToDouble(Double::doubleValue).toArray();
        allOfParts = new int[n][];
        regexes = new Pattern[n];

        Map<String, Integer> patternIds = new LinkedHashMap<>();
        Map<Integer, List<Integer>> phrase = new HashMap<>();
        Map<Integer, List<Integer>> allOf = new HashMap<>();
        Map<Integer, List<Integer>> regex = new HashMap<>();
        List<Integer> structureList = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Cue cue = cues.get(c);
            switch (cue.kind()) {
                case PHRASE -> add(phrase, intern(patternIds, cue.text()), c);
                case ALL_OF -> {
                    allOfParts[c] = cue.parts().stream().mapToInt(p -> intern(patternIds, p)).toArray();
                    add(allOf, allOfParts[c][0], c);
                }
                case REGEX -> {
                    regexes[c] = Pattern.compile(cue.text());
                    add(regex, intern(patternIds, cue.anchor()), c);
                }
                case STRUCTURE -> structureList.add(c);
            }
        }
        int patterns = patternIds.size();
        phraseCues = table(phrase, patterns);
        allOfCues = table(allOf, patterns);
        regexCues = table(regex, patterns);
        structureCues = structureList.stream().mapToInt(Integer::intValue).toArray();
        structures = new Structure[n];
        for (int c : structureCues) {
            structures[c] = Structure.parse(cues.get(c).text());
            if (structures[c] == null) {
                throw new IllegalArgumentException("unknown structure cue: " + cues.get(c).text());
            }
        }
        automaton = new CueAutomaton(new ArrayList<>(patternIds.keySet()));
        int targetCount = topics.size() + 1;
        int groups = groupTarget.length;
        scans = ThreadLocal.withInitial(() -> new Scan(patterns, targetCount, groups));
    }

    /** A classifier for the built-in taxonomy. */
    public static TopicClassifier builtIn() {
        return new TopicClassifier(TopicTaxonomy.builtIn());
    }

    public TopicTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Classifies one prompt; null counts as empty. */
    public Classification classify(CharSequence prompt) {
        Scan scan = scans.get();
        automaton.scan(prompt == null ? "" : prompt, taxonomy.maxScanChars(), scan);
        for (int k = 0; k < scan.matchedCount; k++) {
            int p = scan.matched[k];
            for (int c : phraseCues[p]) {
                scan.fire(c, cueGroup[c], cueWeight[c]);
            }
            for (int c : allOfCues[p]) {
                if (allMatched(scan, allOfParts[c])) {
                    scan.fire(c, cueGroup[c], cueWeight[c]);
                }
            }
            for (int c : regexCues[p]) {
                if (regexes[c].matcher(scan.foldedText()).find()) {
                    scan.fire(c, cueGroup[c], cueWeight[c]);
                }
            }
        }
        for (int c : structureCues) {
            if (structures[c].holds(scan.numbers, scan.symbols, scan.lines)) {
                scan.fire(c, cueGroup[c], cueWeight[c]);
            }
        }
        scan.settle(groupTarget, groupCap);
        double[] scores = scan.scores;
        int best = -1;
        for (int t = 0; t < topics.size(); t++) {
            if (t != generalIndex && (best < 0 || scores[t] > scores[best])) {
                best = t;
            }
        }
        int chosen = best >= 0 && scores[best] >= taxonomy.minScore() && scores[best] > scores[generalIndex]
                ? best : generalIndex;
        boolean cot = scores[cotTarget] >= taxonomy.chainOfThought().minScore();
        return new Classification(this, chosen, cot, scores.clone(),
                java.util.Arrays.copyOf(scan.fired, scan.firedCount));
    }

    List<Topic> topics() {
        return topics;
    }

    int indexOf(Topic topic) {
        Integer i = topicIndex.get(topic);
        return i == null ? -1 : i;
    }

    int cotTarget() {
        return cotTarget;
    }

    Cue cue(int c) {
        return cues.get(c);
    }

    int cueTarget(int c) {
        return cueTarget[c];
    }

    private static boolean allMatched(Scan scan, int[] parts) {
        for (int i = 1; i < parts.length; i++) {
            if (!scan.isMatched(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static int intern(Map<String, Integer> ids, String pattern) {
        return ids.computeIfAbsent(pattern, k -> ids.size());
    }

    private static void add(Map<Integer, List<Integer>> map, int pattern, int cue) {
        map.computeIfAbsent(pattern, k -> new ArrayList<>()).add(cue);
    }

    private static int[][] table(Map<Integer, List<Integer>> map, int patterns) {
        int[][] table = new int[patterns][];
        int[] none = new int[0];
        for (int p = 0; p < patterns; p++) {
            List<Integer> list = map.get(p);
            table[p] = list == null ? none : list.stream().mapToInt(Integer::intValue).toArray();
        }
        return table;
    }
}
