package io.hydrascope.ui.overview;

import io.hydrascope.model.AccountVolume;
import io.hydrascope.ui.core.TimeFormats;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** Accounts with their interaction counts; double-click or Enter opens one. */
final class AccountVolumeTable extends TableView<AccountVolume> {
    AccountVolumeTable(ObservableList<AccountVolume> accounts, Consumer<String> open) {
        super(accounts);
        setId("busiest-accounts");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AccountVolume, String> id = new TableColumn<>("Account");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().accountId()));
        id.setPrefWidth(140);
        id.setMinWidth(110);
        TableColumn<AccountVolume, String> n = new TableColumn<>("Interactions");
        n.setCellValueFactory(c -> new ReadOnlyStringWrapper(TimeFormats.count(c.getValue().interactions())));
        n.getStyleClass().add(io.hydrascope.ui.core.Styles.NUMERIC);
        n.setMinWidth(110);
        getColumns().add(id);
        getColumns().add(n);
        setRowFactory(t -> {
            TableRow<AccountVolume> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().accountId());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.accept(getSelectionModel().getSelectedItem().accountId());
            }
        });
    }
}
