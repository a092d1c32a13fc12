package io.hydrascope.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings dialog: the analyst's name and the report author, edited as a copy and written by {@link #apply}.
 * FX thread only.
 */
public final class SettingsViewModel {
    private final UserSettings settings;
    private final StringProperty analystName = new SimpleStringProperty(this, "analystName");
    private final StringProperty reportTeam = new SimpleStringProperty(this, "reportTeam");

    public SettingsViewModel(UserSettings settings) {
        this.settings = settings;
        analystName.set(settings.analystNameProperty().get());
        reportTeam.set(settings.reportTeam());
    }

    public StringProperty analystNameProperty() {
        return analystName;
    }

    public StringProperty reportTeamProperty() {
        return reportTeam;
    }

    /** What signs annotations while the name field is empty, in words. */
    public String unsetNote() {
        return "Until you set a name, notes, tags and bookmarks are signed \"" + settings.systemUser()
                + "\", your computer's user name.";
    }

    public String whereStored() {
        return "Kept in " + settings.file() + " with the window's other settings.";
    }

    public void apply() {
        if (!analystName.get().strip().equals(settings.analystNameProperty().get())) {
            settings.setAnalystName(analystName.get());
        }
        String team = reportTeam.get() == null ? "" : reportTeam.get().strip();
        if (!team.equals(settings.reportTeam())) {
            settings.setReportTeam(team);
        }
    }
}
