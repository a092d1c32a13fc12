package io.hydrascope.ui.imports;

import io.hydrascope.ui.core.DialogFrame;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.TaskProgressBox;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The import window's content: files on the left (drop them or add them), the selected file's preview on the
 * right (or its mapping step when its format is not recognised), progress and actions at the bottom; after the import, the report takes the preview's place.
 * Binds to {@link ImportViewModel}.
 */
public final class ImportDialog extends BorderPane {
    static final String DROP_HINT = "Drop log files or exports here (CSV, JSON, JSON Lines; optionally .gz), "
            + "or use Add files…";

    public ImportDialog(ImportViewModel vm, DialogService dialogs, Runnable close) {
        DialogFrame.titled(this, "Import log files into " + vm.caseName());

        ImportPreviewPane preview = new ImportPreviewPane(vm);
        ImportMappingPane mapping = new ImportMappingPane(vm.mapping());
        preview.visibleProperty().bind(vm.mappingNeededProperty().not());
        mapping.visibleProperty().bind(vm.mappingNeededProperty());
        SplitPane choose = new SplitPane(filesPane(vm, dialogs), new StackPane(preview, mapping));
        choose.setDividerPositions(0.28);
        ImportReportPane report = new ImportReportPane(vm);
        choose.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(ImportViewModel.Phase.DONE));
        report.visibleProperty().bind(vm.phaseProperty().isEqualTo(ImportViewModel.Phase.DONE));
        setCenter(new StackPane(choose, report));
        setBottom(actions(vm, close));
    }

    private static VBox filesPane(ImportViewModel vm, DialogService dialogs) {
        Label heading = new Label("Files");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        ListView<Path> list = new ListView<>(vm.files());
        list.setId("import-files");
        Label placeholder = new Label(DROP_HINT);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.EMPTY_NOTE);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName().toString());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.showPreview(b));
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Button add = new Button("Add files…");
        add.setOnAction(e -> vm.addFiles(dialogs.chooseFilesToImport()));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.disableProperty().bind(vm.phaseProperty().isEqualTo(ImportViewModel.Phase.IMPORTING));
        VBox box = new VBox(6, heading, list, new HBox(6, add, remove));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        box.setMinWidth(220);
        return box;
    }

    private static VBox actions(ImportViewModel vm, Runnable close) {
        VBox progress = TaskProgressBox.of(vm.progressProperty(), vm.progressTextProperty(),
                vm.phaseProperty().isEqualTo(ImportViewModel.Phase.IMPORTING), "import-progress-text");

        Button start = new Button("Import");
        start.getStyleClass().add(Styles.PRIMARY);
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.startImport());
        start.disableProperty().bind(Bindings.isEmpty(vm.files())
                .or(vm.phaseProperty().isNotEqualTo(ImportViewModel.Phase.CHOOSING)));
        Button cancel = new Button("Cancel import");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.phaseProperty().isEqualTo(ImportViewModel.Phase.IMPORTING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button more = new Button("Import more…");
        more.setOnAction(e -> vm.startOver());
        more.visibleProperty().bind(vm.phaseProperty().isEqualTo(ImportViewModel.Phase.DONE));
        more.managedProperty().bind(more.visibleProperty());
        Button done = new Button("Close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        Label hint = new Label("Imports run in the background: closing this window does not stop them.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, hint, spacer, cancel, more, start, done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, progress, buttons);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
