package io.hydrascope.ui.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts node labels beside their nodes so that none covers another: each label tries the spots around its node
 * (right, left, above, below, then the corners) and takes the first that stays inside the view and overlaps no
 * label placed before it and no area blocked (a highlighted node). Place the important labels first. Toolkit-free:
 * the graph picture and the selection overlay share it.
 */
final class GraphLabelPlacer {
    /** Room between a node's edge and its label, and between two labels. */
    static final double GAP = 3;

    /** A label's box: top-left corner and size, in view pixels. */
    record Spot(double x, double y, double width, double height) {
        boolean overlaps(Spot o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    private final double width;
    private final double height;
    private final List<Spot> taken = new ArrayList<>();

    /** A placer for a view of {@code width} × {@code height} pixels. */
    GraphLabelPlacer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Keeps labels off this area (a label drawn already, a node that must stay visible). */
    void block(Spot area) {
        taken.add(area);
    }

    /** Keeps labels off the disc of radius {@code r} around ({@code x}, {@code y}). */
    void blockNode(double x, double y, double r) {
        taken.add(new Spot(x - r, y - r, 2 * r, 2 * r));
    }

    /**
     * Where a {@code w} × {@code h} label goes beside the node at ({@code x}, {@code y}) drawn with radius {@code r},
     * or null when every spot around it is taken or outside the view. A returned spot is taken from then on.
     */
    Spot place(double x, double y, double r, double w, double h) {
        double d = r + GAP;
        double c = r * 0.7 + GAP; // the corner spots hug the node's disc
        double[][] corners = {
            {x + d, y - h / 2}, {x - d - w, y - h / 2}, {x - w / 2, y - d - h}, {x - w / 2, y + d},
            {x + c, y - c - h}, {x + c, y + c}, {x - c - w, y - c - h}, {x - c - w, y + c}
        };
        for (double[] at : corners) {
            Spot spot = new Spot(at[0], at[1], w, h);
            if (inside(spot) && free(spot)) {
                taken.add(new Spot(at[0] - GAP, at[1] - GAP, w + 2 * GAP, h + 2 * GAP));
                return spot;
            }
        }
        return null;
    }

    /** The spot right of the node, whether free or not (for a label that must be drawn in any case). */
    static Spot beside(double x, double y, double r, double w, double h) {
        return new Spot(x + r + GAP, y - h / 2, w, h);
    }

    private boolean inside(Spot s) {
        return s.x() >= 0 && s.y() >= 0 && s.x() + s.width() <= width && s.y() + s.height() <= height;
    }

    private boolean free(Spot s) {
        for (Spot t : taken) {
            if (s.overlaps(t)) {
                return false;
            }
        }
        return true;
    }
}
