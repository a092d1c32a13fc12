package io.hydrascope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds families of near-duplicate prompts in one pass, near-linear in the number of prompts: each prompt's word
 * pairs go into a MinHash sketch, its bands become keys, and a key seen a second time (a Bloom filter remembers
 * first sightings cheaply) becomes a family candidate that keeps the sketch it was created with. Keys that occur
 * on the same prompt are merged (union-find) only when their families' sketches are themselves similar, so one
 * template with many slot fillings becomes one family while shared phrases cannot chain unrelated templates into
 * one giant family. Not thread-safe.
 */
final class TemplateIndex {
    static final int BINS = 24;
    static final int ROWS = 4;
    static final int BANDS = BINS / ROWS;
    static final int MIN_PAIRS = 5;
    /** Share of agreeing sketch bins needed to merge two families (an estimate of their Jaccard similarity). */
    static final double MERGE_SIMILARITY = 0.4;

    private final LongBloom firstSeen;
    private final Map<Long, Integer> keyIndex = new HashMap<>();
    private final List<long[]> representative = new ArrayList<>();
    private int[] pairs = new int[1024];
    private int currentPairs;
    private int[] parent = new int[1024];
    private int keys;
    private final long[] sketch = MinSketch.create(BINS);
    private final int[] found = new int[BANDS];

    TemplateIndex(long expectedPrompts) {
        firstSeen = new LongBloom(expectedPrompts * BANDS);
    }

    /** Sketches the prompt; returns its family key index (resolve with {@link #family}), or -1 if none yet. */
    int observe(String prompt) {
        Arrays.fill(sketch, MinSketch.EMPTY);
        currentPairs = PromptShingles.sketch(prompt, sketch);
        if (currentPairs < MIN_PAIRS) {
            return -1;
        }
        int n = 0;
        for (int band = 0; band < BANDS; band++) {
            long key = MinSketch.bandKey(sketch, band, ROWS);
            if (key == 0) {
                continue;
            }
            Integer index = keyIndex.get(key);
            if (index == null && firstSeen.addAndCheck(key)) {
                index = newKey(key);
            }
            if (index != null) {
                found[n++] = index;
            }
        }
        if (n == 0) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            int a = find(found[0]);
            int b = find(found[i]);
            if (a != b && similarity(representative.get(a), representative.get(b)) >= MERGE_SIMILARITY) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        return found[0];
    }

    /** The family (a root key index) a key index belongs to, after all prompts were observed. */
    int family(int keyIndex) {
        return find(keyIndex);
    }

    /** Word pairs of the prompt that created this key's family (how long the template is). */
    int pairs(int keyIndex) {
        return pairs[keyIndex];
    }

    static double similarity(long[] a, long[] b) {
        int both = 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != MinSketch.EMPTY && b[i] != MinSketch.EMPTY) {
                both++;
                if (a[i] == b[i]) {
                    same++;
                }
            }
        }
        return both == 0 ? 0 : (double) same / both;
    }

    private int newKey(long key) {
        if (keys == parent.length) {
            parent = Arrays.copyOf(parent, keys * 2);
            pairs = Arrays.copyOf(pairs, keys * 2);
        }
        pairs[keys] = currentPairs;
        parent[keys] = keys;
        keyIndex.put(key, keys);
        representative.add(sketch.clone());
        return keys++;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
