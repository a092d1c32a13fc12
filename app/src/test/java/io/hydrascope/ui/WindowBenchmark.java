package io.hydrascope.ui;

import io.hydrascope.CaseDb;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.ingest.ImportPreviewService;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ui.analysis.NoAnalysisResults;
import io.hydrascope.ui.analysis.SearchIndexOnlyAnalysis;
import io.hydrascope.ui.cases.DemoCaseGenerator;
import io.hydrascope.ui.core.ClusterSelection;
import io.hydrascope.ui.core.FxDialogService;
import io.hydrascope.ui.core.PulseGapProbe;
import io.hydrascope.ui.core.TimeBarsChart;
import io.hydrascope.ui.imports.ImportDialog;
import io.hydrascope.ui.imports.ImportViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * Measures the real window under Xvfb, not a test: the worst FX pulse gap while importing a file and while zooming
 * a cluster's swim lanes, and how long an account takes to open.
 * {@code WindowBenchmark import CASE FILE SHOTDIR}, {@code WindowBenchmark large CASE SHOTDIR ACCOUNT...}, or
 * {@code WindowBenchmark pages CASE SHOTDIR} (an analysed case: every page in turn, with the top cluster selected).
 */
public final class WindowBenchmark {
    private WindowBenchmark() {
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
            Path home = Path.of(System.getProperty("java.io.tmpdir"), "hydrascope-window-home");
            WorkbenchSettings settings = new WorkbenchSettings(home, Optional.of(Path.of(arguments[1])), List.of(),
                    null);
            boolean analysed = arguments[0].equals("pages");
            workbench = new Workbench(settings, analysed ? new io.hydrascope.ui.analysis.StoredAnalysisResults()
                    : new NoAnalysisResults(), new SearchIndexOnlyAnalysis(), DemoCaseGenerator.NONE);
            stage.setX(0);
            stage.setY(0);
            workbench.show(stage);
            Thread run = new Thread(() -> {
                try {
                    ScreenshotTour.waitFor(() -> workbench.workspace().openCase() != null, 120);
                    if (arguments[0].equals("import")) {
                        importFile(Path.of(arguments[2]), Path.of(arguments[3]));
                    } else if (arguments[0].equals("pages")) {
                        pages(Path.of(arguments[2]));
                    } else {
                        large(Path.of(arguments[2]), List.of(arguments).subList(3, arguments.length));
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    javafx.application.Platform.runLater(javafx.application.Platform::exit);
                }
            }, "benchmark");
            run.setDaemon(true);
            run.start();
            Thread watchdog = new Thread(this::watch, "fx-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        private PulseGapProbe probe() {
            return workbench.probe();
        }

        private void importFile(Path file, Path shots) throws Exception {
            Thread.sleep(3000);
            ImportViewModel vm = ScreenshotTour.fx(() -> {
                ImportViewModel model = new ImportViewModel(workbench.workspace(), workbench.tasks(),
                        new ImportPreviewService(io.hydrascope.ingest.formats.BuiltInFormats.all()),
                        new ProfileStore(shots.resolve("profiles")), new ImportService(io.hydrascope.ingest.formats.BuiltInFormats.all()), workbench.cases());
                Stage[] dialog = new Stage[1];
                dialog[0] = ((FxDialogService) workbench.dialogs()).openWindow("Import log files",
                        new ImportDialog(model, workbench.dialogs(), () -> dialog[0].close()), 1180, 720);
                dialog[0].setX(50);
                dialog[0].setY(40);
                model.addFiles(List.of(file));
                return model;
            });
            ScreenshotTour.waitFor(() -> vm.previewProperty().get() != null, 30);
            Thread.sleep(1000);
            ScreenshotTour.shot(shots.resolve("import-preview.png"));
            long start = System.nanoTime();
            ScreenshotTour.fx(() -> {
                probe().start();
                probe().reset();
                vm.startImport();
                return null;
            });
            Thread.sleep(6000);
            if (Boolean.getBoolean("bench.shots")) { // grabbing the screen stalls the X server: not while measuring
                ScreenshotTour.shot(shots.resolve("import-progress.png"));
            }
            ScreenshotTour.waitFor(() -> vm.phaseProperty().get() == ImportViewModel.Phase.DONE, 900);
            double seconds = (System.nanoTime() - start) / 1e9;
            report("import of " + file.getFileName() + " (" + String.format(Locale.ROOT, "%.0f s", seconds) + ")",
                    ScreenshotTour.fx(() -> probe().snapshot()));
            ScreenshotTour.fx(() -> {
                probe().reset();
                return null;
            });
            Thread.sleep(2000);
            ScreenshotTour.shot(shots.resolve("import-report.png"));
            Thread.sleep(20_000);
            report("20 s after the import (views reload, traffic summary, search index building)",
                    ScreenshotTour.fx(() -> probe().snapshot()));
        }

        private void large(Path shots, List<String> accounts) throws Exception {
            long opened = System.nanoTime();
            ScreenshotTour.fx(() -> {
                probe().start();
                probe().reset();
                return null;
            });
            ScreenshotTour.waitFor(() -> workbench.root().lookup("#traffic-chart") instanceof TimeBarsChart c
                    && c.maxTotalInWindow() > 0, 900);
            report(String.format(Locale.ROOT, "overview of the large case (traffic ready after %.1f s)",
                    (System.nanoTime() - opened) / 1e9), ScreenshotTour.fx(() -> probe().snapshot()));
            ScreenshotTour.shot(shots.resolve("large-overview.png"));
            for (String account : accounts) {
                openAccount(account);
            }
            for (String account : accounts) {
                openAccount(account); // again, warm
            }
            ScreenshotTour.shot(shots.resolve("large-account.png"));
            zoomCluster(shots);
        }

        /** Every page in turn with the top-ranked cluster and its first account selected, then a search. */
        private void pages(Path shots) throws Exception {
            Thread.sleep(3000);
            var results = new io.hydrascope.ui.analysis.StoredAnalysisResults();
            var session = workbench.workspace().openCase().reader();
            var top = results.rankedClusters(session, 1).get(0);
            List<String> members = results.clusterAccounts(session, top.clusterId());
            ScreenshotTour.fx(() -> {
                probe().start();
                probe().reset();
                return null;
            });
            for (int round = 1; round <= 2; round++) {
            for (String page : List.of(io.hydrascope.ui.core.Pages.OVERVIEW, io.hydrascope.ui.core.Pages.CLUSTER,
                    io.hydrascope.ui.core.Pages.ACCOUNT, io.hydrascope.ui.core.Pages.GRAPH,
                    io.hydrascope.ui.core.Pages.TOPICS, io.hydrascope.ui.core.Pages.SEARCH,
                    io.hydrascope.ui.core.Pages.EVIDENCE)) {
                ScreenshotTour.fx(() -> {
                    if (page.equals(io.hydrascope.ui.core.Pages.CLUSTER)) {
                        workbench.workspace().openCluster(new ClusterSelection(top.clusterId(), top.label(),
                                members));
                    } else if (page.equals(io.hydrascope.ui.core.Pages.ACCOUNT)) {
                        workbench.workspace().openAccount(members.get(0));
                    }
                    workbench.workspace().activePageProperty().set(page);
                    return null;
                });
                if (page.equals(io.hydrascope.ui.core.Pages.SEARCH)) {
                    ScreenshotTour.fx(() -> {
                        javafx.scene.control.TextField field = (javafx.scene.control.TextField)
                                workbench.root().lookup("#search-field");
                        field.setText("step by step");
                        field.fireEvent(new javafx.event.ActionEvent());
                        return null;
                    });
                }
                Thread.sleep(round == 1 ? 12_000 : 6_000);
                report("round " + round + ", page " + page + " (" + top.label() + ", " + members.size()
                        + " accounts)", ScreenshotTour.fx(() -> probe().snapshot()));
                if (round == 1) {
                    ScreenshotTour.shot(shots.resolve("page-" + page + ".png"));
                }
                ScreenshotTour.fx(() -> {
                    probe().reset();
                    return null;
                });
            }
            }
        }

        private void openAccount(String account) throws Exception {
            long start = System.nanoTime();
            ScreenshotTour.fx(() -> {
                workbench.workspace().openAccount(account);
                return null;
            });
            waitFast(() -> workbench.root().lookupAll(".page-title").stream().anyMatch(n -> n instanceof Label l
                    && l.isVisible() && l.getText().equals(account))
                    && ((TimeBarsChart) workbench.root().lookup("#activity-chart")).maxTotalInWindow() > 0);
            double header = (System.nanoTime() - start) / 1e6;
            waitFast(() -> !((TableView<?>) workbench.root().lookup("#account-interactions")).getItems().isEmpty());
            double table = (System.nanoTime() - start) / 1e6;
            System.err.printf(Locale.ROOT, "BENCH open account %s: header+activity %.0f ms, interactions table "
                    + "%.0f ms%n", account, header, table);
            Thread.sleep(1500);
        }

        private void zoomCluster(Path shots) throws Exception {
            Path casePath = Path.of(arguments[1]);
            List<String> ids = new ArrayList<>(CaseDb.column(casePath, "SELECT account_id FROM labels "
                    + "WHERE campaign = '" + System.getProperty("bench.campaign", "hydra-coding").replace("'", "") + "' ORDER BY account_id LIMIT 500"));
            long start = System.nanoTime();
            ScreenshotTour.fx(() -> {
                workbench.workspace().openCluster(new ClusterSelection("bench", "500 accounts of the coding "
                        + "campaign", ids));
                return null;
            });
            waitFast(() -> workbench.root().lookup("#lane-progress") instanceof Label l
                    && l.getText().startsWith("Counting lanes"));
            double firstLanes = (System.nanoTime() - start) / 1e6;
            ScreenshotTour.waitFor(() -> ((Label) workbench.root().lookup("#lane-progress")).getText().isEmpty(),
                    600);
            double allLanes = (System.nanoTime() - start) / 1e6;
            System.err.printf(Locale.ROOT, "BENCH 500-lane cluster: first lanes after %.0f ms, all lanes after %.0f "
                    + "ms%n", firstLanes, allLanes);
            ScreenshotTour.fx(() -> {
                probe().reset();
                return null;
            });
            for (int i = 0; i < 12; i++) {
                ScreenshotTour.press(workbench.root(), "#swim-lanes", KeyCode.EQUALS, 1);
                ScreenshotTour.press(workbench.root(), "#swim-lanes", i % 2 == 0 ? KeyCode.DOWN : KeyCode.RIGHT, 1);
            }
            ScreenshotTour.press(workbench.root(), "#swim-lanes", KeyCode.PAGE_DOWN, 6);
            Thread.sleep(5000);
            ScreenshotTour.shot(shots.resolve("large-cluster-zoomed.png"));
            ScreenshotTour.press(workbench.root(), "#swim-lanes", KeyCode.MINUS, 12);
            ScreenshotTour.waitFor(() -> ((Label) workbench.root().lookup("#lane-progress")).getText().isEmpty(),
                    600);
            report("zooming and scrolling the 500-lane cluster (12 steps in, 12 out, lanes recounted each time)",
                    ScreenshotTour.fx(() -> probe().snapshot()));
            ScreenshotTour.shot(shots.resolve("large-cluster.png"));
        }

        /** When a pulse is 80 ms late, records what the FX thread is doing: our code, or waiting for the CPU. */
        private void watch() {
            java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
            long started = System.nanoTime();
            Thread fx = null;
            long lastDump = 0;
            while (true) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                if (fx == null) {
                    fx = Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
                    continue;
                }
                long clock = probe().lastPulseClock();
                if (clock != 0 && System.nanoTime() - clock > 80_000_000L) {
                    StackTraceElement[] stack = fx.getStackTrace();
                    String top = fx.getState() + " " + java.util.Arrays.stream(stack).limit(6)
                            .map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                            .reduce((a, b) -> a + " < " + b).orElse("");
                    seen.merge(String.format(Locale.ROOT, "t=%.1fs ", (System.nanoTime() - started) / 1e9) + top, 1,
                            Integer::sum);
                    Thread.getAllStackTraces().forEach((t, st) -> {
                        if (t.getName().startsWith("QuantumRenderer") && st.length > 0) {
                            seen.merge("  renderer " + t.getState() + " " + java.util.Arrays.stream(st).limit(5)
                                    .map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                                    .reduce((a, b) -> a + " < " + b).orElse(""), 1, Integer::sum);
                        }
                    });
                    if (System.nanoTime() - lastDump > 5_000_000_000L) {
                        lastDump = System.nanoTime();
                        seen.forEach((k, v) -> System.err.println("LATE x" + v + " " + k));
                        seen.clear();
                    }
                }
            }
        }

        /** Polls every 2 ms, for timings finer than {@link ScreenshotTour#waitFor}'s 100 ms. */
        private static void waitFast(java.util.function.BooleanSupplier condition) throws Exception {
            for (int i = 0; i < 300_000; i++) {
                if (ScreenshotTour.fx(condition::getAsBoolean)) {
                    return;
                }
                Thread.sleep(2);
            }
            throw new IllegalStateException("timed out");
        }

        private static void report(String what, PulseGapProbe.Snapshot s) {
            System.err.println("BENCH " + what + ": " + s.describe());
        }

        @Override
        public void stop() {
            workbench.close();
        }
    }
}
