package io.hydrascope.scenario.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled prompt template. Syntax: {@code {slot}} picks a value of a slot list (the same value again wherever the
 * same name recurs in one conversation); {@code {key=slot}} picks a fresh value remembered as {@code key};
 * {@code {#3-40}} a whole number; {@code {key=#3-40}} a remembered number; {@code {one|two|three}} one of inline
 * alternatives (each itself a template); {@code {{} and {@code }}} literal braces. Code snippets use
 * {@link #code(String)} instead.
 */
final class Template {
    private final Part[] parts;

    private Template(Part[] parts) {
        this.parts = parts;
    }

    void fill(Fill fill, StringBuilder out) {
        for (Part part : parts) {
            part.fill(fill, out);
        }
    }

    /**
     * A code template: braces are literal (code is full of them) and only {@code <<slot>>} is a placeholder, so
     * pasted snippets can vary their identifiers and numbers.
     */
    static Template code(String text) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf("<<"); open >= 0; open = text.indexOf("<<", from)) {
            while (open + 2 < text.length() && text.charAt(open + 2) == '<') {
                open++;
            }
            int close = text.indexOf(">>", open + 2);
            if (close < 0) {
                break;
            }
            if (open > from) {
                parts.add(new Literal(text.substring(from, open)));
            }
            String slot = text.substring(open + 2, close);
            parts.add(new SlotRef(slot, slot));
            from = close + 2;
        }
        if (from < text.length()) {
            parts.add(new Literal(text.substring(from)));
        }
        return new Template(parts.toArray(new Part[0]));
    }

    static Template compile(String source) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < source.length() && source.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int close = matching(source, i);
                flush(literal, parts);
                parts.add(placeholder(source.substring(i + 1, close), source));
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("unbalanced '}' in template: " + source);
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return new Template(parts.toArray(new Part[0]));
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c && depth > 1) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed '{' in template: " + s);
    }

    private static Part placeholder(String body, String source) {
        List<String> alternatives = splitTopLevel(body);
        if (alternatives.size() > 1) {
            Template[] options = alternatives.stream().map(Template::compile).toArray(Template[]::new);
            return new Alternation(options);
        }
        String key = null;
        String target = body.trim();
        int eq = target.indexOf('=');
        if (eq > 0) {
            key = target.substring(0, eq).trim();
            target = target.substring(eq + 1).trim();
        }
        if (target.startsWith("#")) {
            String[] range = target.substring(1).split("-");
            if (range.length != 2) {
                throw new IllegalArgumentException("bad number range {" + body + "} in template: " + source);
            }
            return new NumberRange(key, Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim()));
        }
        if (target.isEmpty()) {
            throw new IllegalArgumentException("empty placeholder in template: " + source);
        }
        return new SlotRef(key == null ? target : key, target);
    }

    private static List<String> splitTopLevel(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(body.substring(from, i));
                from = i + 1;
            }
        }
        out.add(body.substring(from));
        return out;
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (literal.length() > 0) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private interface Part {
        void fill(Fill fill, StringBuilder out);
    }

    private record Literal(String text) implements Part {
        @Override
        public void fill(Fill fill, StringBuilder out) {
            out.append(text);
        }
    }

    private record Alternation(Template[] options) implements Part {
        @Override
        public void fill(Fill fill, StringBuilder out) {
            options[fill.rng().nextInt(options.length)].fill(fill, out);
        }
    }

    private record NumberRange(String key, int min, int max) implements Part {
        @Override
        public void fill(Fill fill, StringBuilder out) {
            if (key != null && fill.remembered(key) != null) {
                out.append(fill.remembered(key));
                return;
            }
            String value = Integer.toString(min + fill.rng().nextInt(max - min + 1));
            if (key != null) {
                fill.remember(key, value);
            }
            out.append(value);
        }
    }

    /** A slot value, remembered under {@code key} for the rest of the conversation. */
    private record SlotRef(String key, String slot) implements Part {
        @Override
        public void fill(Fill fill, StringBuilder out) {
            String value = fill.remembered(key);
            if (value == null) {
                value = fill.pick(slot);
                fill.remember(key, value);
            }
            out.append(value);
        }
    }
}
