package io.hydrascope.ui.core;

import java.util.List;
import java.util.Objects;

/** Style classes of the one theme stylesheet, {@code workbench.css}. Views use these instead of inline styles. */
public final class Styles {
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String SECTION_TITLE = "section-title";
    public static final String MUTED = "muted";
    public static final String EMPTY_NOTE = "empty-note";
    public static final String ERROR_NOTE = "error-note";
    public static final String CARD = "card";
    /** A scroll pane inside a card: no frame or background of its own. */
    public static final String CARD_SCROLL = "card-scroll";
    /** One analysis signal in a list of them. */
    public static final String SIGNAL = "signal";
    public static final String STAT_VALUE = "stat-value";
    public static final String STAT_LABEL = "stat-label";
    public static final String PRIMARY = "primary";
    public static final String LINK = "link-button";
    public static final String LEGEND = "legend";
    public static final String LEGEND_SWATCH = "legend-swatch";
    public static final String STATUS_BAR = "status-bar";
    public static final String TOOLBAR = "page-toolbar";
    public static final String CHART = "chart-pane";
    public static final String MONO = "mono";
    public static final String RISK_HIGH = "risk-high";
    public static final String WARNING = "warning-note";
    public static final String START_TILE = "start-tile";
    public static final String DETAIL_TEXT = "detail-text";
    public static final String NUMERIC = "numeric";
    /** An item's analyst tags shown beside its name. */
    public static final String TAG_CHIP = "tag-chip";
    /** The shell's filter bar under the header. */
    public static final String FILTER_BAR = "filter-bar";

    private Styles() {
    }

    /** The stylesheets every scene of the window uses. */
    public static List<String> stylesheets() {
        return List.of(Objects.requireNonNull(Styles.class.getResource("/io/hydrascope/ui/workbench.css"))
                .toExternalForm());
    }
}
