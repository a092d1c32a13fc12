package io.hydrascope.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the template keys recorded during the scan into numbered families (largest first), counts each
 * family's accounts, and keeps a few example interactions per family for its skeleton.
 */
final class TemplateFamilies {
    static final int MIN_INTERACTIONS = 5;
    static final int EXAMPLES = 6;
    static final int MIN_USES_PER_ACCOUNT = 3;
    /** A template this long (word pairs) is not a phrase people happen to share, however rarely each uses it. */
    static final int LONG_TEMPLATE_PAIRS = 15;

    final int[] familyOfSlot;
    final Map<Integer, KeyMembers> membersByFamily = new HashMap<>();
    final Map<Integer, Long> interactionsByFamily = new HashMap<>();
    final Map<Integer, List<Long>> examplesByFamily = new HashMap<>();
    private final Map<Integer, Integer> pairsByFamily = new HashMap<>();

    TemplateFamilies(CaseScan scan) {
        int n = scan.templateKeyOf.length;
        familyOfSlot = new int[n];
        Map<Integer, Long> rootCounts = new HashMap<>();
        int[] root = new int[n];
        for (int slot = 0; slot < n; slot++) {
            int key = scan.templateKeyOf[slot];
            root[slot] = key < 0 || scan.accountOf[slot] < 0 ? -1 : scan.templates.family(key);
            if (root[slot] >= 0) {
                rootCounts.merge(root[slot], 1L, Long::sum);
            }
        }
        List<Map.Entry<Integer, Long>> kept = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : rootCounts.entrySet()) {
            if (e.getValue() >= MIN_INTERACTIONS) {
                kept.add(e);
            }
        }
        kept.sort((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                : Long.compare(b.getValue(), a.getValue()));
        Map<Integer, Integer> idByRoot = new HashMap<>();
        for (Map.Entry<Integer, Long> e : kept) {
            idByRoot.put(e.getKey(), idByRoot.size() + 1);
            pairsByFamily.put(idByRoot.size(), scan.templates.pairs(e.getKey()));
        }
        for (int slot = 0; slot < n; slot++) {
            Integer family = root[slot] < 0 ? null : idByRoot.get(root[slot]);
            familyOfSlot[slot] = family == null ? 0 : family;
            if (family != null) {
                membersByFamily.computeIfAbsent(family, f -> new KeyMembers()).add(scan.accountOf[slot], 1);
                interactionsByFamily.merge(family, 1L, Long::sum);
                List<Long> examples = examplesByFamily.computeIfAbsent(family, f -> new ArrayList<>());
                if (examples.size() < EXAMPLES) {
                    examples.add(scan.minId + slot);
                }
            }
        }
    }

    /**
     * Families that link accounts: used by at least two accounts, repeatedly on average or with a long skeleton.
     * A short phrase that many people type once or twice ("shorter please") is common language, not a shared
     * template; a long prompt skeleton is one however rarely each account uses it.
     */
    Map<Integer, KeyMembers> shared() {
        Map<Integer, KeyMembers> out = new HashMap<>();
        membersByFamily.forEach((f, m) -> {
            if (isShared(f, m)) {
                out.put(f, m);
            }
        });
        return out;
    }

    boolean isShared(int family, KeyMembers m) {
        return m.size >= 2 && (interactionsByFamily.get(family) >= MIN_USES_PER_ACCOUNT * m.size
                || pairsByFamily.getOrDefault(family, 0) >= LONG_TEMPLATE_PAIRS);
    }
}
