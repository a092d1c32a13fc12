package io.hydrascope.ui.imports;

import io.hydrascope.ingest.MappingProfile;
import io.hydrascope.ingest.TimestampFormat;
import io.hydrascope.model.DataKind;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.imports.ImportMappingViewModel.ColumnChoice;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The mapping step for a file whose format is not recognised: a saved profile to use, the file's columns with
 * samples and a field chooser each, the timestamp format, the first records read through the mapping, and saving
 * the mapping as a profile. Binds to {@link ImportMappingViewModel}.
 */
final class ImportMappingPane extends VBox {
    ImportMappingPane(ImportMappingViewModel vm) {
        super(6);
        setPadding(new Insets(6));
        Label heading = new Label("Map the columns");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label intro = new Label("This file's format is not recognised. Choose the field each column fills (* marks "
                + "the required ones; without a request_id column, ids are derived from each record's values).");
        intro.setWrapText(true);
        intro.setMinHeight(Label.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.MUTED);

        SplitPane split = new SplitPane(columnsTable(vm), checkPane(vm));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(heading, intro, offeredRow(vm), note(vm.statusProperty(), Styles.MUTED, "mapping-status"),
                kindRow(vm), timestampRow(vm), split, note(vm.problemProperty(), Styles.ERROR_NOTE, "mapping-problem"),
                saveRow(vm));
    }

    private static HBox offeredRow(ImportMappingViewModel vm) {
        ComboBox<MappingProfile> offered = new ComboBox<>(vm.offered());
        offered.setId("mapping-offered");
        offered.setPromptText("saved profiles that fit this file");
        offered.setConverter(new StringConverter<>() {
            @Override
            public String toString(MappingProfile p) {
                return p == null ? "" : p.name();
            }

            @Override
            public MappingProfile fromString(String s) {
                return null;
            }
        });
        Button use = new Button("Use profile");
        use.disableProperty().bind(offered.valueProperty().isNull());
        use.setOnAction(e -> vm.apply(offered.getValue()));
        HBox row = new HBox(6, fixed("Saved profile:"), offered, use);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.isNotEmpty(vm.offered()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static HBox timestampRow(ImportMappingViewModel vm) {
        ComboBox<TimestampFormat.Kind> kind = new ComboBox<>();
        kind.setId("mapping-timestamps");
        kind.getItems().setAll(TimestampFormat.Kind.values());
        kind.valueProperty().bindBidirectional(vm.timestampKindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimestampFormat.Kind k) {
                return k == null ? "" : describe(k);
            }

            @Override
            public TimestampFormat.Kind fromString(String s) {
                return null;
            }
        });
        TextField pattern = new TextField();
        pattern.setId("mapping-pattern");
        pattern.setPrefColumnCount(12);
        pattern.setMinWidth(110);
        pattern.textProperty().bindBidirectional(vm.patternProperty());
        pattern.visibleProperty().bind(kind.valueProperty().isEqualTo(TimestampFormat.Kind.PATTERN));
        pattern.managedProperty().bind(pattern.visibleProperty());
        pattern.setPromptText("dd/MM/yyyy HH:mm:ss");
        TextField zone = new TextField();
        zone.setId("mapping-zone");
        zone.setPrefColumnCount(7);
        zone.setMinWidth(70);
        zone.textProperty().bindBidirectional(vm.zoneProperty());
        zone.setPromptText("UTC");
        HBox row = new HBox(6, fixed("Timestamps:"), kind, pattern, fixed("zone of times without an offset:"), zone);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox kindRow(ImportMappingViewModel vm) {
        ComboBox<DataKind> rows = new ComboBox<>();
        rows.setId("mapping-kind");
        rows.getItems().setAll(DataKind.values());
        rows.valueProperty().bindBidirectional(vm.kindProperty());
        rows.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataKind k) {
                return k == null ? "" : k.dbValue();
            }

            @Override
            public DataKind fromString(String s) {
                return null;
            }
        });
        HBox row = new HBox(6, fixed("Rows are:"), rows);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A label that keeps its whole text: the fields next to it give way instead. */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    static String describe(TimestampFormat.Kind k) {
        return switch (k) {
            case AUTO -> "ISO-8601 or epoch time (detected)";
            case ISO -> "ISO-8601 only";
            case EPOCH_SECONDS -> "epoch seconds";
            case EPOCH_MILLIS -> "epoch milliseconds";
            case EPOCH_MICROS -> "epoch microseconds";
            case PATTERN -> "pattern…";
        };
    }

    private static TableView<ColumnChoice> columnsTable(ImportMappingViewModel vm) {
        TableView<ColumnChoice> table = new TableView<>(vm.columns());
        table.setId("mapping-columns");
        table.getColumns().add(PreviewRowsTable.column("Column in the file", ColumnChoice::column, 160));
        TableColumn<ColumnChoice, String> field = new TableColumn<>("Field");
        field.setPrefWidth(170);
        field.setSortable(false);
        field.setCellFactory(c -> new FieldCell(vm.kindProperty()));
        table.getColumns().add(field);
        table.getColumns().add(PreviewRowsTable.column("Sample values", c -> PreviewRowsTable.abbreviate(
                String.join(" · ", c.samples())), 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.kindProperty().addListener((o, a, b) -> table.refresh()); // each kind has its own fields
        return table;
    }

    /** A field chooser bound to its row's choice. */
    private static final class FieldCell extends TableCell<ColumnChoice, String> {
        private final ComboBox<String> box = new ComboBox<>();
        private final javafx.beans.value.ObservableValue<DataKind> kind;
        private ColumnChoice bound;

        FieldCell(javafx.beans.value.ObservableValue<DataKind> kind) {
            this.kind = kind;
            box.setMaxWidth(Double.MAX_VALUE);
            box.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : label(item));
                }
            });
            box.setButtonCell(box.getCellFactory().call(null));
        }

        String label(String field) {
            return field.isEmpty() ? "(not used)"
                    : field + (ImportMappingViewModel.required(kind.getValue(), field) ? " *" : "");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.fieldProperty());
                bound = null;
            }
            int i = getIndex();
            ColumnChoice row = empty || getTableView() == null || i < 0 || i >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(i);
            if (row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.getItems().setAll(ImportMappingViewModel.fieldChoices(kind.getValue()));
            box.setVisibleRowCount(box.getItems().size());
            box.setId("field-" + row.column());
            box.valueProperty().bindBidirectional(row.fieldProperty());
            setGraphic(box);
        }
    }

    private static VBox checkPane(ImportMappingViewModel vm) {
        PreviewRowsTable rows = new PreviewRowsTable("mapping-preview",
                "Map a column to timestamp and one to account_id to see the first records as they will be imported.");
        vm.checkProperty().addListener((o, a, b) -> rows.show(b));
        Label legend = new Label("First " + ImportViewModel.PREVIEW_ROWS + " records read with this mapping. Status ✓: "
                + "imported; otherwise why the row would be quarantined.");
        legend.getStyleClass().add(Styles.MUTED);
        legend.setWrapText(true);
        legend.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(4, rows, legend);
        VBox.setVgrow(rows, Priority.ALWAYS);
        return box;
    }

    private static HBox saveRow(ImportMappingViewModel vm) {
        TextField name = new TextField();
        name.setId("mapping-name");
        name.setPrefColumnCount(18);
        name.textProperty().bindBidirectional(vm.profileNameProperty());
        Button save = new Button("Save profile");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.draftProperty().isNull());
        HBox row = new HBox(6, fixed("Profile name:"), name, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label note(ObservableStringValue text, String style, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
