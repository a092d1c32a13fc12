package io.hydrascope.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ingest.TimestampFormat;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import window's mapping step with real background tasks: map, check, save, import, offered again. */
@ExtendWith(ApplicationExtension.class)
class ImportMappingFxTest {
    @TempDir
    static Path dir;
    WorkbenchExecutors executors;
    WorkspaceState workspace;
    RecordingDialogs dialogs = new RecordingDialogs();
    Stage stage;
    Path casePath;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        casePath = dir.resolve("mapping.hcase");
        executors = new WorkbenchExecutors(2);
        workspace = new WorkspaceState();
        workspace.replaceCase(new OpenCase(CaseStore.openOrCreate(casePath)));
        showDialog();
    }

    private void showDialog() {
        ImportDialogFixture.show(stage, workspace, executors, dialogs, dir);
    }

    @AfterEach
    void close() {
        TestWorkspaces.closeOnWriter(workspace, executors);
    }

    private static Path export(String name, String header) throws Exception {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int i = 0; i < 8; i++) {
            sb.append(1_770_000_000L + i * 60).append(",cust-").append(i % 3).append(",atlas-3,question ").append(i)
                    .append('\n');
        }
        sb.append("soon,cust-1,atlas-3,late question\n");
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void anUnrecognisedCsvIsMappedSavedImportedAndItsProfileOfferedForTheSameHeader(FxRobot robot)
            throws Exception {
        dialogs.filesToImport = List.of(export("gateway.csv", "Epoch,Who,LLM,Text"));
        robot.clickOn("Add files…");
        FxTestSupport.waitUntil(() -> robot.lookup("#mapping-columns").queryTableView().getItems().size() == 4);
        assertTrue(robot.lookup("Map the columns").query().getParent().isVisible(), "the mapping step is shown");
        verifyThat("#mapping-problem", isVisible());
        assertEquals("Choose the column that holds timestamp.",
                robot.lookup("#mapping-problem").queryAs(Label.class).getText());
        TableView<?> columns = robot.lookup("#mapping-columns").queryTableView();
        assertEquals(4, columns.getItems().size());
        assertTrue(robot.lookup("1770000000 · 1770000060 · 1770000120 · 1770000180 · 1770000240").tryQuery()
                .isPresent(), "sample values are shown");

        choose(robot, "field-Epoch", "timestamp *");
        choose(robot, "field-Who", "account_id *");
        choose(robot, "field-LLM", "model");
        choose(robot, "field-Text", "prompt");
        ComboBox<TimestampFormat.Kind> timestamps = robot.lookup("#mapping-timestamps").queryComboBox();
        robot.interact(() -> timestamps.setValue(TimestampFormat.Kind.EPOCH_SECONDS));
        FxTestSupport.waitUntil(() -> robot.lookup("#mapping-preview").queryTableView().getItems().size() == 9);
        TableView<ImportPreview.Row> check = robot.lookup("#mapping-preview").queryTableView();
        assertEquals("2026-02-02T02:40:00Z", check.getItems().get(0).values().get("timestamp"));
        assertEquals(ImportPreview.Outcome.QUARANTINED, check.getItems().get(8).outcome());

        robot.doubleClickOn("#mapping-name").write("Tiny gateway");
        robot.clickOn("Save profile");
        FxTestSupport.waitUntil(() -> robot.lookup("#mapping-status").queryAs(Label.class).getText()
                .startsWith("Saved as profile 'Tiny gateway'"));
        assertTrue(Files.isRegularFile(dir.resolve("profiles/tiny-gateway.json")));

        robot.clickOn("Import");
        FxTestSupport.waitUntil(() -> robot.lookup("#import-summary").queryAs(Label.class).getText()
                .startsWith("1 file: 9 rows read = 8 imported + 1 quarantined + 0 duplicates + 0 skipped"));
        assertEquals(8, CaseDb.count(casePath, "SELECT count(*) FROM interactions"));

        dialogs.filesToImport = List.of(export("gateway-2.csv", "Text,LLM,Who,Epoch"));
        robot.interact(this::showDialog);
        robot.clickOn("Add files…");
        FxTestSupport.waitUntil(() -> robot.lookup("#mapping-status").queryAs(Label.class).getText()
                .startsWith("Saved profile 'Tiny gateway' was made for this header and is applied."));
        assertEquals("Tiny gateway", robot.lookup("#mapping-name").queryAs(TextField.class).getText());
        FxTestSupport.waitUntil(() -> robot.lookup("#mapping-preview").queryTableView().getItems().size() == 9);
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, robot.lookup("#mapping-columns").query()
                .getScene().getRoot()));
    }

    private static void choose(FxRobot robot, String id, String field) {
        ComboBox<String> box = robot.lookup("#" + id).queryComboBox();
        robot.clickOn(box);
        java.util.function.Predicate<javafx.scene.Node> option = n -> n instanceof javafx.scene.control.ListCell<?> c
                && field.equals(c.getText()) && n.isVisible();
        FxTestSupport.waitUntil(() -> box.isShowing() && robot.lookup(option).tryQuery().isPresent());
        robot.clickOn(robot.lookup(option).<javafx.scene.Node>query());
        FxTestSupport.waitUntil(() -> !box.isShowing());
    }
}
