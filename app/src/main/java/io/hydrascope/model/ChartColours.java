package io.hydrascope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one colour table of the workbench, as {@code #RRGGBB} text so the window (which turns it into JavaFX colours)
 * and the reports (Java2D, HTML) share it without a toolkit. Topics and models have palettes of their own, so a
 * topic never looks like a model: topics take Paul Tol's "muted" scheme, models the Okabe-Ito colours, both chosen
 * to stay apart with the common forms of colour blindness.
 */
public final class ChartColours {
    /** Model colours in the order models are first seen in a case. */
    public static final List<String> MODELS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#8C7A00", "#555555");
    /** Topics of the built-in taxonomy; "general", the catch-all, is the neutral grey. */
    public static final Map<String, String> TOPICS;
    /** Colours a topic outside the built-in taxonomy is given, by its name. */
    public static final List<String> OTHER_TOPICS = List.of("#332288", "#88CCEE", "#44AA99", "#117733", "#DDCC77",
            "#CC6677", "#AA4499", "#882255", "#999933");
    /** Shared-key kinds of the network pictures (the window's graph and the reports' figure), in legend order. */
    public static final Map<String, String> LINK_KINDS;
    public static final String DARK_TEXT = "#1D2329";
    public static final String LIGHT_TEXT = "#FFFFFF";

    static {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("coding", "#332288");
        topics.put("reasoning", "#88CCEE");
        topics.put("tool-use", "#44AA99");
        topics.put("agentic", "#117733");
        topics.put("data-analysis", "#DDCC77");
        topics.put("computer-use", "#CC6677");
        topics.put("vision", "#AA4499");
        topics.put("alignment-policy", "#882255");
        topics.put("general", "#BBBBBB");
        TOPICS = Collections.unmodifiableMap(topics);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("ip", "#3B6EA5");
        kinds.put("subnet", "#4F9EA8");
        kinds.put("payment", "#8E6BB8");
        kinds.put("email_domain", "#9C6B4E");
        kinds.put("user_agent", "#7A7A7A");
        kinds.put("template", "#5B9A68");
        kinds.put("lockstep", "#D9822B");
        kinds.put("created", "#B5A33A");
        kinds.put("model_move", "#B85C7A");
        LINK_KINDS = Collections.unmodifiableMap(kinds);
    }

    private ChartColours() {
    }

    /** A topic's colour: fixed for the built-in topics, chosen by name for others (the same name, the same colour). */
    public static String topic(String topic) {
        String known = TOPICS.get(topic);
        if (known != null) {
            return known;
        }
        return OTHER_TOPICS.get(Math.floorMod(topic == null ? 0 : topic.hashCode(), OTHER_TOPICS.size()));
    }

    /** The colour of the model first seen {@code index}-th in the case (from 0); the palette repeats after eight. */
    public static String model(int index) {
        return MODELS.get(Math.floorMod(index, MODELS.size()));
    }

    /** A shared-key kind's colour; unknown kinds are dark grey. */
    public static String linkKind(String kind) {
        return LINK_KINDS.getOrDefault(kind, "#555555");
    }

    /** Dark or white text, whichever reads better on {@code background} (by its relative luminance). */
    public static String textOn(String background) {
        int rgb = rgb(background);
        double l = 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF)
                + 0.0722 * linear(rgb & 0xFF);
        // contrast with white, 1.05 / (l + 0.05), falls below contrast with the dark text above l ≈ 0.21
        return l > 0.21 ? DARK_TEXT : LIGHT_TEXT;
    }

    /** {@code #RRGGBB} as 0xRRGGBB. */
    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
