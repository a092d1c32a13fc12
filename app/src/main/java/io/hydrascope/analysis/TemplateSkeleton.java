package io.hydrascope.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shared skeleton of a template family: the words of one example that most other examples also contain, with
 * the varying parts shown as {@code {…}}. Computed from a handful of examples; plain text (escape it to render).
 */
final class TemplateSkeleton {
    static final String SLOT = "{…}";
    private static final int MAX_CHARS = 400;

    private TemplateSkeleton() {
    }

    static String of(List<String> examples) {
        if (examples.isEmpty()) {
            return "";
        }
        List<Set<String>> others = new ArrayList<>();
        for (int i = 1; i < examples.size(); i++) {
            others.add(new HashSet<>(words(examples.get(i))));
        }
        StringBuilder out = new StringBuilder();
        boolean lastWasSlot = false;
        for (String token : examples.get(0).strip().split("\\s+")) {
            String w = normalise(token);
            long common = others.stream().filter(o -> o.contains(w)).count();
            boolean fixed = others.isEmpty() || common * 2 >= others.size();
            if (fixed) {
                out.append(token).append(' ');
                lastWasSlot = false;
            } else if (!lastWasSlot) {
                out.append(SLOT).append(' ');
                lastWasSlot = true;
            }
            if (out.length() > MAX_CHARS) {
                out.setLength(MAX_CHARS);
                out.append('…');
                break;
            }
        }
        return out.toString().strip();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            out.add(normalise(t));
        }
        return out;
    }

    static String normalise(String token) {
        return token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceAll("\\d+", "#");
    }
}
