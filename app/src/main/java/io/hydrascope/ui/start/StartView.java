package io.hydrascope.ui.start;

import io.hydrascope.ui.core.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the window shows when no case is open. Binds to {@link StartViewModel}. */
public final class StartView extends VBox {
    public StartView(StartViewModel vm) {
        getStyleClass().add(Styles.PAGE);
        setSpacing(16);
        setPadding(new Insets(32, 48, 32, 48));
        setAlignment(Pos.TOP_CENTER);

        Label title = new Label("Hydrascope");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label subtitle = new Label("Find distillation campaigns in API logs: import an export, look at who moves "
                + "together, and build a finding you can defend.");
        subtitle.getStyleClass().add(Styles.MUTED);
        subtitle.setWrapText(true);

        Label firstRun = new Label("First time here? Open the sample case to look around: it is imported into a "
                + "case of its own the first time, and opens at once afterwards.");
        firstRun.setWrapText(true);
        firstRun.getStyleClass().add(Styles.CARD);
        firstRun.visibleProperty().bind(vm.firstRunProperty().and(vm.sampleAvailableProperty()));
        firstRun.managedProperty().bind(firstRun.visibleProperty());

        HBox columns = new HBox(24, actions(vm), recent(vm));
        HBox.setHgrow(columns.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);
        columns.setMaxWidth(1000);
        getChildren().addAll(title, subtitle, firstRun, columns);
    }

    private static VBox actions(StartViewModel vm) {
        Button sample = tile("Open sample case", "Bundled example data, imported on first use");
        sample.getStyleClass().add(Styles.PRIMARY);
        sample.setOnAction(e -> vm.openSample());
        sample.disableProperty().bind(vm.sampleAvailableProperty().not());
        Button open = tile("Open case…", "A .hcase file");
        open.setOnAction(e -> vm.chooseAndOpen());
        Button create = tile("New case…", "An empty case to import logs into");
        create.setOnAction(e -> vm.chooseAndCreate());

        Label demoTitle = new Label("New demo case");
        demoTitle.getStyleClass().add(Styles.SECTION_TITLE);
        ComboBox<String> preset = new ComboBox<>(vm.demoPresets());
        preset.setPromptText("Scenario preset");
        preset.setAccessibleText("Scenario preset");
        Spinner<Integer> seed = new Spinner<>(1, 999_999, 42);
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.setAccessibleText("Seed");
        Button generate = new Button("Create");
        generate.disableProperty().bind(preset.valueProperty().isNull());
        generate.setOnAction(e -> vm.createDemo(preset.getValue(), seed.getValue()));
        Label noGenerator = new Label("No scenario generator in this build.");
        noGenerator.getStyleClass().add(Styles.MUTED);
        noGenerator.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.demoPresets()));
        noGenerator.managedProperty().bind(noGenerator.visibleProperty());
        preset.disableProperty().bind(noGenerator.visibleProperty());
        seed.disableProperty().bind(noGenerator.visibleProperty());
        HBox demo = new HBox(8, preset, new Label("seed"), seed, generate);
        demo.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(10, sample, open, create, demoTitle, demo, noGenerator);
        box.setMinWidth(320);
        return box;
    }

    private static Button tile(String title, String detail) {
        Button b = new Button(title + "\n" + detail);
        b.getStyleClass().add(Styles.START_TILE);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        return b;
    }

    private static VBox recent(StartViewModel vm) {
        Label title = new Label("Recent cases");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        ListView<Path> list = new ListView<>(vm.recentCases());
        list.setPlaceholder(new Label("No cases opened yet"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String parent = item.getParent() == null ? "" : item.getParent().toString();
                setText(item.getFileName() + "\n" + parent + (vm.exists(item) ? "" : "  (missing)"));
                setDisable(!vm.exists(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openRecent(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openRecent(list.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label("Double-click or press Enter to open.");
        hint.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(6, title, list, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
