package io.hydrascope.ui;

import io.hydrascope.ui.analysis.EngineAnalysisRunner;
import io.hydrascope.ui.analysis.StoredAnalysisResults;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.core.Pages;
import io.hydrascope.ui.core.PulseGapProbe;
import io.hydrascope.ui.graph.GraphMode;
import io.hydrascope.ui.graph.GraphRow;
import io.hydrascope.ui.graph.GraphView;
import io.hydrascope.ui.graph.GraphViewModel;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the graph page in the real window under Xvfb, not a test: how long the overview and the drill-down into
 * the largest cluster take to read and lay out, how long their first frame takes once the layout is ready, the worst
 * FX pulse gap meanwhile, and how long selecting a node takes to repaint. {@code GraphBenchmark CASE SHOTDIR [largest|riskiest]}.
 */
public final class GraphBenchmark {
    private GraphBenchmark() {
    }

    public static void main(String[] args) {
        Bench.arguments = args;
        Application.launch(Bench.class, args);
    }

    /** The application the benchmark drives. */
    public static final class Bench extends Application {
        private static String[] arguments;
        private Workbench workbench;

        @Override
        public void start(Stage stage) {
            Path home = Path.of(System.getProperty("java.io.tmpdir"), "hydrascope-graph-home");
            workbench = new Workbench(new WorkbenchSettings(home, Optional.of(Path.of(arguments[0])), List.of(), null),
                    new StoredAnalysisResults(), new EngineAnalysisRunner(), DemoCaseGenerator.NONE);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            workbench.show(stage);
            Thread run = new Thread(() -> {
                try {
                    measure(Path.of(arguments[1]));
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    Platform.runLater(Platform::exit);
                }
            }, "benchmark");
            run.setDaemon(true);
            run.start();
        }

        private void measure(Path shots) throws Exception {
            ScreenshotTour.waitFor(() -> workbench.workspace().openCase() != null, 120);
            Thread.sleep(3000);
            GraphView view = ScreenshotTour.fx(() -> {
                workbench.workspace().activePageProperty().set(Pages.GRAPH);
                return (GraphView) workbench.root().lookup("#graph-page");
            });
            GraphViewModel vm = view.viewModel();
            ScreenshotTour.waitFor(() -> vm.loadedProperty().get() != null && view.firstFrameMillisProperty().get() >= 0,
                    300);
            report("overview", vm, view, ScreenshotTour.fx(() -> workbench.probe().snapshot()));
            Thread.sleep(1000);
            shot(shots.resolve("graph-overview.png"));
            java.util.Map<String, Integer> stacks = new java.util.concurrent.ConcurrentHashMap<>();
            Thread fxThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
            Thread renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(fxThread);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (Thread sampled : new Thread[] {fxThread, renderThread}) {
                        StackTraceElement[] st = sampled.getStackTrace();
                        String top = java.util.Arrays.stream(st).filter(f -> !f.getClassName().startsWith("java."))
                                .limit(8).map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                                .reduce((a, b) -> a + " < " + b).orElse("");
                        stacks.merge((sampled == fxThread ? "fx: " : "render: ") + top, 1, Integer::sum);
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "fx-sampler");
            sampler.setDaemon(true);
            sampler.start();
            for (int round = 0; round < 2; round++) {
                ScreenshotTour.fx(() -> {
                    workbench.probe().start();
                    workbench.probe().reset();
                    vm.showOverview();
                    return null;
                });
                ScreenshotTour.waitFor(() -> vm.loadedProperty().get() != null && vm.loadedProperty().get().scene()
                        .mode() == GraphMode.OVERVIEW && !vm.loadingProperty().get()
                        && view.firstFrameMillisProperty().get() >= 0, 300);
                GraphRow biggest = ScreenshotTour.fx(() -> arguments.length > 2 && arguments[2].equals("riskiest")
                        ? vm.rows().get(0) : vm.rows().stream().max(Comparator.comparingLong(GraphRow::size))
                        .orElseThrow());
                ScreenshotTour.fx(() -> {
                    workbench.probe().reset();
                    vm.activateRow(biggest);
                    return null;
                });
                ScreenshotTour.waitFor(() -> vm.loadedProperty().get() != null && vm.loadedProperty().get().scene()
                        .mode() == GraphMode.CLUSTER && view.firstFrameMillisProperty().get() >= 0, 600);
                Thread.sleep(500);
                stacks.entrySet().stream().filter(e -> e.getKey().startsWith("fx:") && !e.getKey().contains("_runLoop"))
                        .sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                        .forEach(e -> System.err.println("FXSTACK " + e.getValue() + " " + e.getKey()));
                stacks.clear();
                report("drill-down into " + biggest.name() + " (" + biggest.size() + " accounts), round " + (round + 1),
                        vm, view, ScreenshotTour.fx(() -> workbench.probe().snapshot()));
            }
            List<String> accounts = ScreenshotTour.fx(() -> vm.rows().stream().limit(5).map(GraphRow::target).toList());
            ScreenshotTour.fx(() -> {
                workbench.probe().reset();
                return null;
            });
            for (String account : accounts) {
                ScreenshotTour.fx(() -> {
                    workbench.workspace().selectedAccountProperty().set(account);
                    return null;
                });
                Thread.sleep(800);
            }
            sampler.interrupt();
            stacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(14)
                    .forEach(e -> System.err.println("FXSTACK " + e.getValue() + " " + e.getKey()));
            System.err.println("BENCH selecting 5 accounts (highlight and repaint): "
                    + ScreenshotTour.fx(() -> workbench.probe().snapshot()).describe());
            Thread.sleep(1500);
            shot(shots.resolve("graph-drill-down.png"));
            ScreenshotTour.fx(() -> {
                workbench.probe().reset();
                return null;
            });
            for (int i = 0; i < 6; i++) {
                double delta = i < 3 ? 40 : -40;
                ScreenshotTour.fx(() -> {
                    javafx.scene.Node graph = workbench.root().lookup("#graph-view");
                    javafx.event.Event.fireEvent(graph, new javafx.scene.input.ScrollEvent(
                            javafx.scene.input.ScrollEvent.SCROLL, 300, 300, 300, 300, false, false, false, false,
                            false, false, 0, delta, 0, delta, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                            0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                    return null;
                });
                Thread.sleep(800);
            }
            System.err.println("BENCH zooming in and out 6 times: "
                    + ScreenshotTour.fx(() -> workbench.probe().snapshot()).describe());
        }

        private static void shot(Path file) throws Exception {
            new ProcessBuilder("import", "-window", "root", "-crop", "1600x1000+0+0", file.toString()).inheritIO()
                    .start().waitFor();
        }

        private static void report(String what, GraphViewModel vm, GraphView view, PulseGapProbe.Snapshot s)
                throws Exception {
            String figures = ScreenshotTour.fx(() -> String.format(Locale.ROOT,
                    "%s; read and laid out in %,d ms; first frame %,d ms after the layout was ready",
                    vm.loadedProperty().get().scene().summary(), vm.loadedProperty().get().buildMillis(),
                    view.firstFrameMillisProperty().get()));
            System.err.println("BENCH " + what + ": " + figures + "; " + s.describe());
        }

        @Override
        public void stop() {
            workbench.close();
        }
    }
}
