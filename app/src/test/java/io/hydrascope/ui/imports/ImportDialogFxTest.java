package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.store.CaseStore;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import window with real background tasks: preview, import, report. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogFxTest {
    @TempDir
    static Path dir;
    WorkbenchExecutors executors;
    WorkspaceState workspace;
    RecordingDialogs dialogs = new RecordingDialogs();
    Path log;

    @Start
    void start(Stage stage) throws Exception {
        Path casePath = dir.resolve("import.hcase");
        Files.deleteIfExists(casePath);
        log = dir.resolve("export.csv");
        StringBuilder sb = new StringBuilder("RequestId,Timestamp,Account-ID,Model,Prompt\n");
        for (int i = 0; i < 30; i++) {
            sb.append("r").append(i).append(',').append(i == 7 ? "not a time" : "2026-02-01T10:00:0" + i % 10 + "Z")
                    .append(",acct-").append(i % 4).append(",atlas-3,question ").append(i).append('\n');
        }
        Files.writeString(log, sb.toString());
        dialogs.filesToImport = List.of(log);
        executors = new WorkbenchExecutors(2);
        workspace = new WorkspaceState();
        workspace.replaceCase(new OpenCase(CaseStore.openOrCreate(casePath)));
        ImportDialogFixture.show(stage, workspace, executors, dialogs, dir);
    }

    @AfterEach
    void close() {
        TestWorkspaces.closeOnWriter(workspace, executors);
    }

    @Test
    void previewsTheDetectedFormatThenImportsAndReportsWhatWasQuarantined(FxRobot robot) {
        verifyThat(ImportDialog.DROP_HINT, isVisible());
        robot.clickOn("Add files…");
        FxTestSupport.waitUntil(() -> robot.lookup("#import-format").queryAs(Label.class).getText()
                .startsWith("Detected format: native interactions — interactions (csv)"));
        TableView<ImportPreview.Row> preview = robot.lookup("#import-preview").queryTableView();
        assertEquals(20, preview.getItems().size());
        assertTrue(preview.getColumns().stream().anyMatch(c -> c.getText().equals("timestamp")));
        assertEquals("unparseable timestamp", preview.getItems().get(7).reason());
        robot.clickOn("Import");
        FxTestSupport.waitUntil(() -> robot.lookup("#import-summary").queryAs(Label.class).getText()
                .startsWith("1 file: 30 rows read = 29 imported + 1 quarantined + 0 duplicates + 0 skipped"));
        FxTestSupport.waitUntil(() -> robot.lookup("#import-quarantined").queryTableView().getItems().size() == 1);
        TableView<?> reasons = robot.lookup("#import-reasons").queryTableView();
        assertEquals(1, reasons.getItems().size());
        verifyThat("imported", isVisible());
        assertEquals(29, CaseDb.count(dir.resolve("import.hcase"), "SELECT count(*) FROM interactions"));
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, robot.lookup("#import-summary").query()
                .getScene().getRoot()));
    }

    @Test
    void previewColumnsShowIdsAndTimesWholeAndKeepTheStatusNarrow(FxRobot robot) throws Exception {
        Path export = dir.resolve("conversations.json");
        try (var in = getClass().getResourceAsStream("/io/hydrascope/ingest/formats/chatgpt_conversations.json")) {
            Files.copy(in, export, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        dialogs.filesToImport = List.of(export);
        robot.clickOn("Add files…");
        FxTestSupport.waitUntil(() -> robot.lookup("#import-format").queryAs(Label.class).getText()
                .startsWith("Detected format: ChatGPT data export"));
        TableView<ImportPreview.Row> preview = robot.lookup("#import-preview").queryTableView();
        FxTestSupport.waitUntil(() -> !preview.getItems().isEmpty());
        for (String name : List.of("Record", "request_id", "timestamp", "account_id")) {
            assertEquals(List.of(), cutCells(robot, preview, name), name + " cells shown shortened");
        }

        Path clean = dir.resolve("clean.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("{\"request_id\":\"").append(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i}))
                    .append("\",\"timestamp\":\"2026-02-01T10:00:0").append(i).append(".123456Z\",")
                    .append("\"account_id\":\"acct-").append(i).append("\",\"prompt\":\"hello\"}\n");
        }
        Files.writeString(clean, lines.toString());
        dialogs.filesToImport = List.of(clean);
        robot.clickOn("Add files…");
        FxTestSupport.waitUntil(() -> preview.getItems().size() == 5
                && preview.getItems().get(0).values().get("account_id").equals("acct-0"));
        double status = column(preview, "Status").getWidth();
        assertTrue(status < 80, "every row imports, so the status column holds only ticks: " + status);
        for (String name : List.of("Line", "request_id", "timestamp")) {
            assertEquals(List.of(), cutCells(robot, preview, name), name + " cells shown shortened");
        }
    }

    private static TableColumn<ImportPreview.Row, ?> column(TableView<ImportPreview.Row> table, String name) {
        return table.getColumns().stream().filter(c -> c.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name));
    }

    /** Cells of the column whose text is drawn shortened (with "..."), as "full -> shown". */
    private static List<String> cutCells(FxRobot robot, TableView<ImportPreview.Row> table, String name) {
        TableColumn<ImportPreview.Row, ?> col = column(table, name);
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
                if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() == col && cell.getText() != null
                        && !cell.getText().isEmpty()) {
                    for (javafx.scene.Node child : cell.getChildrenUnmodifiable()) {
                        if (child instanceof Text shown && !shown.getText().equals(cell.getText())) {
                            cut.add(cell.getText() + " -> " + shown.getText());
                        }
                    }
                }
            }
        });
        return cut;
    }
}
