package io.hydrascope.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import io.hydrascope.CaseDb;
import io.hydrascope.analysis.graph.ClusterGraphService;
import io.hydrascope.analysis.graph.ClusterOverviewService;
import io.hydrascope.report.AnalysedCase;
import io.hydrascope.store.CaseStore;
import io.hydrascope.ui.FxTestSupport;
import io.hydrascope.ui.analysis.StoredAnalysisResults;
import io.hydrascope.ui.core.FxTaskRunner;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.RecordingDialogs;
import io.hydrascope.ui.core.Styles;
import io.hydrascope.ui.core.WorkbenchExecutors;
import io.hydrascope.ui.core.WorkspaceState;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The graph page on a small analysed case, with real background tasks and GraphStream's viewer. */
@ExtendWith(ApplicationExtension.class)
class GraphViewFxTest {
    WorkbenchExecutors executors;
    WorkspaceState workspace;
    GraphView view;
    long campaign;

    @Start
    void start(Stage stage) throws Exception {
        campaign = AnalysedCase.campaignCluster();
        executors = new WorkbenchExecutors(2);
        workspace = new WorkspaceState();
        workspace.replaceCase(new OpenCase(CaseStore.open(AnalysedCase.shared())));
        FxTaskRunner tasks = new FxTaskRunner(executors, e -> { });
        GraphViewModel vm = new GraphViewModel(workspace, tasks, new RecordingDialogs(), new StoredAnalysisResults(),
                GraphView::prepare, new ClusterGraphService(new ClusterGraphService.Limits(3, 200, 100, 42L)),
                new ClusterOverviewService());
        view = new GraphView(vm);
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view.canvas()::close);
        executors.writer().execute(() -> workspace.openCase().close());
        executors.close();
    }

    private Point2D onScreen(FxRobot robot, String nodeId) {
        Point2D[] at = new Point2D[1];
        robot.interact(() -> {
            Point2D local = view.canvas().positionOf(nodeId);
            at[0] = local == null ? null : view.canvas().localToScreen(local);
        });
        assertNotNull(at[0], nodeId + " is drawn");
        return at[0];
    }

    @Test
    void overviewDrawsTheClustersAndClickingOneSelectsIt(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.canvas().hasGraph() && view.firstFrameMillisProperty().get() >= 0);
        long clusters = CaseDb.count(AnalysedCase.shared(), "SELECT count(*) FROM clusters WHERE accounts >= 2");
        assertEquals(clusters, view.viewModel().loadedProperty().get().scene().nodes().size());
        assertEquals(clusters, robot.lookup("#graph-members").queryTableView().getItems().size());
        verifyThat("All clusters of the latest analysis", isVisible());
        verifyThat("risk ≥ 0.6", isVisible());
        String status = robot.lookup("#graph-status").queryLabeled().getText();
        assertEquals(view.viewModel().loadedProperty().get().scene().summary(), status,
                "the status line says what is drawn, not how long it took");

        double[] extent = new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        robot.interact(() -> view.viewModel().loadedProperty().get().scene().nodes().forEach(n -> {
            Point2D p = view.canvas().positionOf(n.id());
            extent[0] = Math.min(extent[0], p.getX());
            extent[1] = Math.max(extent[1], p.getX());
            extent[2] = Math.min(extent[2], p.getY());
            extent[3] = Math.max(extent[3], p.getY());
        }));
        double w = view.canvas().getWidth();
        double h = view.canvas().getHeight();
        assertTrue(w / h < GraphViewport.MAX_STRETCH && h / w < GraphViewport.MAX_STRETCH, w + " x " + h);
        assertEquals(GraphViewport.MARGIN, extent[0], 1.5, "the picture reaches the canvas's left margin");
        assertEquals(w - GraphViewport.MARGIN, extent[1], 1.5, "and its right margin");
        assertEquals(GraphViewport.MARGIN, extent[2], 1.5);
        assertEquals(h - GraphViewport.MARGIN, extent[3], 1.5);

        FxTestSupport.waitUntil(() -> view.canvas().picture() != null);
        int[] argb = new int[1];
        robot.interact(() -> {
            Point2D drawn = view.canvas().positionOf("c" + campaign);
            argb[0] = view.canvas().picture().getPixelReader().getArgb((int) drawn.getX(), (int) drawn.getY());
        });
        assertNotEquals(0xFFFFFFFF, argb[0], "the flagged cluster is painted in the picture, not left white");

        Point2D node = onScreen(robot, "c" + campaign);
        robot.moveTo(node);
        FxTestSupport.waitUntil(() -> view.canvas().hoverLabel().isVisible());
        assertTrue(view.canvas().hoverLabel().getText().startsWith("Cluster "), view.canvas().hoverLabel().getText());
        assertTrue(view.canvas().hoverLabel().getText().contains("flagged"));

        robot.clickOn(node, MouseButton.PRIMARY);
        FxTestSupport.waitUntil(() -> workspace.selectedClusterProperty().get() != null);
        assertEquals(Long.toString(campaign), workspace.selectedClusterProperty().get().id());
        assertEquals("c" + campaign, view.viewModel().selectedNodeProperty().get());
        GraphRow selectedRow = robot.lookup("#graph-members").<GraphRow>queryTableView().getSelectionModel()
                .getSelectedItem();
        assertEquals(Long.toString(campaign), selectedRow.target(), "the table follows the graph");
    }

    @Test
    void doubleClickDrillsDownToACappedClusterAndClickingAnAccountSelectsIt(FxRobot robot) throws Exception {
        FxTestSupport.waitUntil(() -> view.canvas().hasGraph());
        robot.doubleClickOn(onScreen(robot, "c" + campaign), MouseButton.PRIMARY);
        FxTestSupport.waitUntil(() -> view.viewModel().loadedProperty().get() != null && view.viewModel()
                .loadedProperty().get().scene().mode() == GraphMode.CLUSTER && view.canvas().hasGraph());
        long members = CaseDb.count(AnalysedCase.shared(), "SELECT accounts FROM clusters WHERE id = " + campaign);
        Label note = robot.lookup("#graph-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("showing 3 of " + members + " accounts, ranked by"), note.getText());
        assertEquals(members, robot.lookup("#graph-members").queryTableView().getItems().size(),
                "the table lists every member, drawn or not");
        verifyThat("flagged account", isVisible());

        GraphScene.Node account = view.viewModel().loadedProperty().get().scene().nodes().stream()
                .filter(GraphScene.Node::isAccount).findFirst().orElseThrow();
        robot.clickOn(onScreen(robot, account.id()), MouseButton.PRIMARY);
        FxTestSupport.waitUntil(() -> account.target().equals(workspace.selectedAccountProperty().get()));
        assertEquals(List.of(), FxTestSupport.cutOffTexts(robot, view));
    }

    @Test
    void theNamesAroundASelectedNodeCoverNeitherEachOtherNorThePicturesLabels(FxRobot robot) {
        FxTestSupport.waitUntil(() -> view.canvas().hasGraph());
        robot.doubleClickOn(onScreen(robot, "c" + campaign), MouseButton.PRIMARY);
        FxTestSupport.waitUntil(() -> view.viewModel().loadedProperty().get() != null && view.viewModel()
                .loadedProperty().get().scene().mode() == GraphMode.CLUSTER && view.canvas().hasGraph());
        GraphScene scene = view.viewModel().loadedProperty().get().scene();
        java.util.Map<String, Long> degree = new java.util.HashMap<>();
        scene.edges().forEach(e -> {
            degree.merge(e.from(), 1L, Long::sum);
            degree.merge(e.to(), 1L, Long::sum);
        });
        String busiest = degree.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        robot.interact(() -> view.canvas().highlight(busiest));
        FxTestSupport.waitUntil(() -> view.canvas().highlightLabels().size() >= 2);

        List<javafx.geometry.Bounds> names = new java.util.ArrayList<>();
        List<GraphPainter.PictureLabel> pictured = new java.util.ArrayList<>();
        robot.interact(() -> {
            view.canvas().highlightLabels().forEach(l -> names.add(l.getBoundsInParent()));
            pictured.addAll(GraphPainter.pictureLabels(scene, view.canvas().viewport()));
        });
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertTrue(!names.get(i).intersects(names.get(j)), names.get(i) + " / " + names.get(j));
            }
            for (GraphPainter.PictureLabel p : pictured) {
                GraphLabelPlacer.Spot s = p.spot();
                boolean same = Math.abs(names.get(i).getMinX() - s.x()) < 0.5
                        && Math.abs(names.get(i).getMinY() - s.y()) < 0.5; // the selection's own name, in bold
                assertTrue(same || !names.get(i).intersects(s.x(), s.y(), s.width(), s.height()),
                        names.get(i) + " covers the picture's label of " + p.node().label());
            }
        }
    }
}
