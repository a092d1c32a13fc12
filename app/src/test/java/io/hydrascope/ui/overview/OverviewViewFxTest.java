package io.hydrascope.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.formats.BuiltInFormats;
import io.hydrascope.model.CancellationToken;
import io.hydrascope.model.ProgressListener;
import io.hydrascope.store.CaseStore;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.analysis.AnalysisRun;
import io.hydrascope.ui.analysis.ClusterSummary;
import io.hydrascope.ui.analysis.FakeAnalysisResults;
import io.hydrascope.ui.analysis.SignalSummary;
import io.hydrascope.ui.core.DirectTaskRunner;
import io.hydrascope.ui.core.MarkerLabels;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.TestWorkspaces;
import io.hydrascope.ui.core.TimeBarsChart;
import io.hydrascope.ui.core.WorkspaceState;
import io.hydrascope.ui.evidence.AnnotationActions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The overview on a case shaped like a real chat export (one user, six models with long names, five of them first
 * seen within a month), at the sizes the page has in 1280 × 800 and 1600 × 1000 windows.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewViewFxTest {
    static final String[][] MODELS = {{"gpt-4", "0"}, {"text-davinci-002-render-sha", "0"},
        {"text-davinci-002-render-paid", "29"}, {"gpt-4-plugins", "54"}, {"gpt-4-browsing", "56"},
        {"gpt-4-code-interpreter", "57"}};
    @TempDir
    static Path dir;
    static Path casePath;
    WorkspaceState workspace;
    OverviewView view;
    Stage stage;

    @BeforeAll
    static void createCase() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        StringBuilder csv = new StringBuilder("request_id,timestamp,account_id,model,prompt\n");
        Instant start = Instant.parse("2023-03-28T09:00:00Z");
        int id = 0;
        for (int day = 0; day < 73; day++) {
            for (String[] m : MODELS) {
                if (day >= Integer.parseInt(m[1])) {
                    for (int i = 0; i < 1 + day % 4; i++) {
                        csv.append("r").append(id++).append(',').append(start.plusSeconds(day * 86_400L + i * 600L))
                                .append(",chatgpt:one-user,").append(m[0]).append(",hello\n");
                    }
                }
            }
        }
        Files.writeString(files.resolve("interactions.csv"), csv);
        casePath = dir.resolve("chat.hcase");
        try (CaseStore store = CaseStore.openOrCreate(casePath)) {
            new FolderImportService(new ImportService(BuiltInFormats.all())).importFolder(store, files,
                    ProgressListener.NONE, new CancellationToken());
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            stage.close();
            TestWorkspaces.close(workspace);
        });
    }

    private void show(FxRobot robot, FakeAnalysisResults results, double width, double height) {
        open(robot, casePath, results, width, height);
        FxTestSupport.waitUntil(() -> robot.lookup("#traffic-chart").queryAs(TimeBarsChart.class)
                .maxTotalInWindow() > 0);
    }

    private void open(FxRobot robot, Path path, FakeAnalysisResults results, double width, double height) {
        robot.interact(() -> {
            stage = new Stage();
            workspace = TestWorkspaces.open(path);
            DirectTaskRunner tasks = new DirectTaskRunner();
            OverviewViewModel vm = new OverviewViewModel(workspace, tasks, results);
            view = new OverviewView(vm, new AnnotationActions(workspace, tasks, new RecordingDialogs(),
                    AnnotationActions.Signature.systemUser()));
            FxTestSupport.show(stage, view, width, height);
        });
    }

    @Test
    void anEmptyCaseSaysInTheChartsBoxThatThereIsNothingYetAndHowToImport(FxRobot robot) {
        Path empty = dir.resolve("empty.hcase");
        CaseStore.openOrCreate(empty).close();
        open(robot, empty, new FakeAnalysisResults(), 1280, 660);
        Label note = robot.lookup("#traffic-note").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> note.getText().startsWith("No interactions yet — import a file"));
        assertTrue(note.isVisible());
        TimeBarsChart chart = robot.lookup("#traffic-chart").queryAs(TimeBarsChart.class);
        javafx.geometry.Bounds box = chart.localToScene(chart.getLayoutBounds());
        javafx.geometry.Bounds text = note.localToScene(note.getLayoutBounds());
        assertTrue(box.contains(text.getCenterX(), text.getCenterY()), "the message is in the chart's box");
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, view));
    }

    @Test
    void inASmallWindowTheFiguresAreWholeAndTheLaunchLabelsDoNotOverlap(FxRobot robot) {
        show(robot, new FakeAnalysisResults(), 1280, 660);
        Label range = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("2023-03-28 – ")).findFirst().orElseThrow();
        assertTrue(range.getWidth() >= range.prefWidth(-1) - 0.5, "the time range is shown whole: "
                + range.getWidth() + " of " + range.prefWidth(-1));
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, view));

        TimeBarsChart chart = robot.lookup("#traffic-chart").queryAs(TimeBarsChart.class);
        Map<String, MarkerLabels.Placement> labels = new java.util.LinkedHashMap<>();
        robot.interact(() -> labels.putAll(chart.markerLabels()));
        assertEquals(4, labels.size(), labels.toString());
        assertTrue(labels.values().stream().mapToInt(MarkerLabels.Placement::row).max().orElse(0) >= 1,
                "labels of models first seen within days of each other are stacked: " + labels);
        List<MarkerLabels.Placement> shown = labels.values().stream().filter(MarkerLabels.Placement::shown).toList();
        assertTrue(shown.size() >= 3, labels.toString());
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                MarkerLabels.Placement a = shown.get(i);
                MarkerLabels.Placement b = shown.get(j);
                assertTrue(a.row() != b.row() || a.maxX() <= b.minX() || b.maxX() <= a.minX(), a + " / " + b);
            }
        }
    }

    @Test
    void inALargeWindowTheRankingGetsTheRoomAndEachHeadlineCanBeReadWhole(FxRobot robot) {
        FakeAnalysisResults results = new FakeAnalysisResults();
        results.run = new AnalysisRun("r1", Instant.EPOCH, "30 clusters, 3 flagged");
        List<ClusterSummary> clusters = new ArrayList<>();
        for (int c = 1; c <= 30; c++) {
            List<SignalSummary> signals = new ArrayList<>();
            for (int s = 1; s <= 5; s++) {
                signals.add(new SignalSummary("signal " + s, s + "0% of the network's requests in minutes shared "
                        + "with ten or more accounts", s + "% for ordinary accounts", 0.9 - s / 10.0));
            }
            clusters.add(new ClusterSummary(Integer.toString(c), "Network " + c, 10 + c, 1000L * c,
                    1 - c / 40.0, c <= 3, signals, Map.of()));
        }
        results.clusters = clusters;
        show(robot, results, 1600, 860);
        TableView<ClusterSummary> table = robot.lookup("#cluster-table").queryTableView();
        FxTestSupport.waitUntil(() -> table.getItems().size() == 30);

        TimeBarsChart chart = robot.lookup("#traffic-chart").queryAs(TimeBarsChart.class);
        assertTrue(chart.getHeight() <= OverviewView.TRAFFIC_HEIGHT + 0.5, "the chart keeps its height: "
                + chart.getHeight());
        javafx.geometry.Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        long fullRows = robot.lookup("#cluster-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.isVisible())
                .filter(r -> r.localToScene(r.getLayoutBounds()).getMaxY() <= tableBounds.getMaxY()).count();
        assertTrue(fullRows >= 12, "the ranking shows " + fullRows + " rows");

        TableCell<?, ?> headline = robot.lookup("#cluster-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "headline-signals".equals(c.getTableColumn().getId())
                        && c.getIndex() == 0)
                .findFirst().orElseThrow();
        assertTrue(headline.getText().startsWith("signal 1: 10% of the network's requests"), headline.getText());
        String full = headline.getTooltip().getText();
        for (SignalSummary s : clusters.get(0).headlineSignals()) {
            assertTrue(full.contains(s.name() + ": " + s.value() + " (normal: " + s.baseline() + ")"), full);
        }
        assertEquals(5, full.lines().count(), "every signal on a line of its own");
    }
}
