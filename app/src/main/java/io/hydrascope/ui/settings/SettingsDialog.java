package io.hydrascope.ui.settings;

import io.hydrascope.ui.core.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** File → Settings…: the analyst's name (which signs annotations) and the team named on reports. */
public final class SettingsDialog extends Dialog<ButtonType> {
    public SettingsDialog(SettingsViewModel vm) {
        setTitle("Settings");
        setHeaderText("Who you are in notes and reports");
        TextField name = new TextField();
        name.setId("settings-analyst");
        name.setPromptText("e.g. Dana Kowalski");
        name.setPrefColumnCount(28);
        name.textProperty().bindBidirectional(vm.analystNameProperty());
        Label nameHint = hint("Signs your notes, tags and bookmarks. " + vm.unsetNote());
        TextField team = new TextField();
        team.setId("settings-team");
        team.setPromptText(UserSettings.DEFAULT_TEAM);
        team.textProperty().bindBidirectional(vm.reportTeamProperty());
        Label teamHint = hint("Named as the author of exported reports and as the STIX identity; each export can "
                + "change it.");
        Label stored = hint(vm.whereStored());
        stored.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(10));
        grid.addRow(0, fieldLabel("Your name"), name);
        grid.add(nameHint, 1, 1);
        grid.addRow(2, fieldLabel("Report author (team)"), team);
        grid.add(teamHint, 1, 3);
        grid.add(stored, 0, 5, 2, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setMargin(stored, new Insets(12, 0, 0, 0));
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(620);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                vm.apply();
            }
            return b;
        });
        setOnShown(e -> name.requestFocus());
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        l.setMaxWidth(460);
        return l;
    }
}
