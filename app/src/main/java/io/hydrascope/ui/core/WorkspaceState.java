package io.hydrascope.ui.core;

import io.hydrascope.model.TimeRange;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every view shares: the open case, the selected account and cluster, the brushed time window, the time zone
 * times are shown in, and which page is in front. Selecting in one view selects in all. FX thread only.
 * {@link #dataVersionProperty()} grows whenever the case's data changed (an import or an analysis finished), which
 * tells views to reload.
 */
public final class WorkspaceState {
    private final ObjectProperty<OpenCase> openCase = new SimpleObjectProperty<>(this, "openCase");
    private final StringProperty selectedAccount = new SimpleStringProperty(this, "selectedAccount");
    private final ObjectProperty<ClusterSelection> selectedCluster = new SimpleObjectProperty<>(this,
            "selectedCluster");
    private final ObjectProperty<TimeRange> brushedRange = new SimpleObjectProperty<>(this, "brushedRange");
    private final StringProperty selectedInteraction = new SimpleStringProperty(this, "selectedInteraction");
    private final ObjectProperty<ViewFilter> filter = new SimpleObjectProperty<>(this, "filter", ViewFilter.NONE);
    private final javafx.beans.property.BooleanProperty searchReady =
            new javafx.beans.property.SimpleBooleanProperty(this, "searchReady");
    private final LongProperty dataVersion = new SimpleLongProperty(this, "dataVersion");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneOffset.UTC);
    private final StringProperty activePage = new SimpleStringProperty(this, "activePage", Pages.OVERVIEW);
    private final ModelPalette palette = new ModelPalette();
    private final CaseAnnotations annotations = new CaseAnnotations();

    public ObjectProperty<OpenCase> openCaseProperty() {
        return openCase;
    }

    public OpenCase openCase() {
        return openCase.get();
    }

    /** The open case's name, or "" without one. */
    public String caseName() {
        return openCase.get() == null ? "" : openCase.get().name();
    }

    public StringProperty selectedAccountProperty() {
        return selectedAccount;
    }

    public ObjectProperty<ClusterSelection> selectedClusterProperty() {
        return selectedCluster;
    }

    public ObjectProperty<TimeRange> brushedRangeProperty() {
        return brushedRange;
    }

    /** The selected interaction's request id (the id analysts see and bookmarks use), or null. */
    public StringProperty selectedInteractionProperty() {
        return selectedInteraction;
    }

    /** The filters all views honour; never null ({@link ViewFilter#NONE} when nothing is filtered). */
    public ObjectProperty<ViewFilter> filterProperty() {
        return filter;
    }

    public ViewFilter filter() {
        return filter.get() == null ? ViewFilter.NONE : filter.get();
    }

    /** Whether the open case's prompt search index covers every interaction (false while it is being built). */
    public javafx.beans.property.BooleanProperty searchReadyProperty() {
        return searchReady;
    }

    public LongProperty dataVersionProperty() {
        return dataVersion;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ZoneId zone() {
        return zone.get();
    }

    public StringProperty activePageProperty() {
        return activePage;
    }

    /** Colours of models, the same in every view of this case. */
    public ModelPalette palette() {
        return palette;
    }

    /** The open case's tags, notes and bookmarks as last read, shared by every view. */
    public CaseAnnotations annotations() {
        return annotations;
    }

    /** Selects an account and brings its timeline to the front. */
    public void openAccount(String accountId) {
        selectedAccount.set(accountId);
        activePage.set(Pages.ACCOUNT);
    }

    /** Selects a cluster and brings its swim lanes to the front. */
    public void openCluster(ClusterSelection cluster) {
        selectedCluster.set(cluster);
        brushedRange.set(null);
        activePage.set(Pages.CLUSTER);
    }

    /** Tells every view the case's data changed. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    /** Makes {@code newCase} the open case and clears every selection that belonged to the previous one. */
    public void replaceCase(OpenCase newCase) {
        selectedAccount.set(null);
        selectedCluster.set(null);
        selectedInteraction.set(null);
        brushedRange.set(null);
        filter.set(ViewFilter.NONE);
        searchReady.set(false);
        palette.reset();
        annotations.clear();
        openCase.set(newCase);
        activePage.set(Pages.OVERVIEW);
        dataChanged();
    }
}
