package io.hydrascope.ui.start;

import io.hydrascope.ui.cases.CaseActions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start screen: recent cases, the sample, demo presets. FX thread only. */
public final class StartViewModel {
    private final CaseActions cases;
    private final ObservableList<Path> recentCases = FXCollections.observableArrayList();
    private final ObservableList<String> demoPresets = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper sampleAvailable = new ReadOnlyBooleanWrapper(this, "sampleAvailable");
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper(this, "firstRun");

    public StartViewModel(CaseActions cases) {
        this.cases = cases;
        refresh();
    }

    /** Re-reads the recent list and looks for the sample again. */
    public void refresh() {
        List<Path> recent = cases.recent().list();
        recentCases.setAll(recent);
        firstRun.set(recent.isEmpty());
        sampleAvailable.set(cases.sampleFolder().isPresent());
        demoPresets.setAll(cases.demoPresets());
    }

    public ObservableList<Path> recentCases() {
        return recentCases;
    }

    public ObservableList<String> demoPresets() {
        return demoPresets;
    }

    public ReadOnlyBooleanProperty sampleAvailableProperty() {
        return sampleAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    public boolean exists(Path casePath) {
        return Files.isRegularFile(casePath);
    }

    public void openRecent(Path casePath) {
        if (casePath != null) {
            cases.open(casePath);
        }
    }

    public void openSample() {
        cases.openSample();
    }

    public void chooseAndOpen() {
        cases.chooseAndOpen();
    }

    public void chooseAndCreate() {
        cases.chooseAndCreate();
    }

    public void createDemo(String preset, long seed) {
        if (preset != null) {
            cases.createDemo(preset, seed);
        }
    }
}
