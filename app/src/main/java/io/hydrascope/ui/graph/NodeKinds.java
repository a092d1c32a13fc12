package io.hydrascope.ui.graph;

import io.hydrascope.model.ChartColours;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of node and edge the graph draws, with their legend names, colours and shapes. One place, so the
 * on-screen graph, its legend and the exported pictures agree. Toolkit-free (colours as hex text).
 */
public final class NodeKinds {
    public static final String CLUSTER = "cluster";
    public static final String ACCOUNT = "account";
    public static final String FLAGGED_COLOUR = "#C0392B";
    public static final String ACCOUNT_COLOUR = "#A0A8AE";
    /** Risk colour ramp of cluster nodes, from risk 0 to risk 1. */
    public static final String[] RISK_RAMP = {"#6B9E78", "#E0B341", "#C0392B"};
    /** Behaviour keys (timing, templates) are drawn as diamonds; infrastructure keys as squares. */
    public static final Set<String> BEHAVIOUR = Set.of("template", "lockstep", "created", "model_move");

    /** Key kind to colour, in legend order: the reports' network figure uses the same table. */
    public static final Map<String, String> KEY_COLOURS = ChartColours.LINK_KINDS;

    private NodeKinds() {
    }

    /** What the legend and tooltips call a kind. */
    public static String displayName(String kind) {
        return switch (kind) {
            case "ip" -> "IP address";
            case "subnet" -> "/24 subnet";
            case "payment" -> "payment fingerprint";
            case "email_domain" -> "e-mail domain";
            case "user_agent" -> "user agent";
            case "template" -> "prompt template";
            case "lockstep" -> "lockstep group";
            case "created" -> "creation burst";
            case "model_move" -> "joint model move";
            default -> GraphLabels.label(kind.replace('_', ' '));
        };
    }

    public static String keyColour(String kind) {
        return ChartColours.linkKind(kind);
    }

    /** Risk at which the ramp reaches its last colour: clusters this risky (flag-worthy) are drawn fully red. */
    public static final double RISK_FULL = 0.6;

    /** Where a risk sits on the colour ramp, in [0, 1]. */
    public static double riskShade(double risk) {
        return Math.max(0, Math.min(1, risk / RISK_FULL));
    }

    /** Colour of a cluster of this risk, interpolated on {@link #RISK_RAMP}. */
    public static int[] riskRgb(double risk) {
        double r = riskShade(risk) * (RISK_RAMP.length - 1);
        int i = Math.min(RISK_RAMP.length - 2, (int) r);
        double t = r - i;
        int a = Integer.parseInt(RISK_RAMP[i].substring(1), 16);
        int b = Integer.parseInt(RISK_RAMP[i + 1].substring(1), 16);
        int[] out = new int[3];
        for (int c = 0; c < 3; c++) {
            int shift = 16 - 8 * c;
            out[c] = (int) Math.round(((a >> shift) & 0xFF) * (1 - t) + ((b >> shift) & 0xFF) * t);
        }
        return out;
    }
}
