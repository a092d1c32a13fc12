package io.hydrascope.ui.cases;

import io.hydrascope.ingest.FolderImportService;
import io.hydrascope.ingest.ImportCancelledException;
import io.hydrascope.store.CaseStore;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.TaskHandle;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opening, creating and closing cases, shared by the start screen, the menus and {@code --case FILE}. Cases are
 * opened on the database-writer lane (opening may migrate the file) and replace the open case only once they are
 * ready; the previous case is closed afterwards on the same lane. FX thread only.
 */
public final class CaseActions {
    public static final String SAMPLE_CASE = "sample.hcase";

    private final WorkspaceState workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RecentCases recent;
    private final FolderImportService folders;
    private final DemoCaseGenerator demos;
    private final Path casesDir;
    private final List<Path> sampleBases;
    private TaskHandle indexing;

    public CaseActions(WorkspaceState workspace, TaskRunner tasks, DialogService dialogs, RecentCases recent,
                       FolderImportService folders, DemoCaseGenerator demos, Path casesDir, List<Path> sampleBases) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.recent = recent;
        this.folders = folders;
        this.demos = demos;
        this.casesDir = casesDir;
        this.sampleBases = sampleBases;
    }

    public RecentCases recent() {
        return recent;
    }

    public List<String> demoPresets() {
        return demos.presets();
    }

    /** The bundled sample's folder, when this installation has one. */
    public Optional<Path> sampleFolder() {
        return FolderImportService.locateSample(sampleBases);
    }

    public void open(Path casePath) {
        switchTo("Opening " + casePath.getFileName(), casePath, false, null);
    }

    public void create(Path casePath) {
        switchTo("Creating " + casePath.getFileName(), casePath, true, null);
    }

    public void chooseAndOpen() {
        dialogs.chooseCaseToOpen().ifPresent(this::open);
    }

    public void chooseAndCreate() {
        dialogs.chooseCaseToCreate("investigation.hcase").ifPresent(this::create);
    }

    /** Opens the sample case, importing the bundled sample into it first when needed (a no-op once imported). */
    public void openSample() {
        Optional<Path> folder = sampleFolder();
        if (folder.isEmpty()) {
            dialogs.showError("No sample case", "The sample data (" + FolderImportService.SAMPLE_FOLDER
                    + ") was not found next to Hydrascope or in the current folder.");
            return;
        }
        switchTo("Opening the sample case", casesDir.resolve(SAMPLE_CASE), true, folder.get());
    }

    /** Generates a scenario and imports it into a new case named after preset and seed. */
    public void createDemo(String preset, long seed) {
        String name = "demo-" + preset + "-" + seed;
        Path files = casesDir.resolve(name + "-files");
        Path casePath = casesDir.resolve(name + ".hcase");
        tasks.write("Generating demo scenario " + preset, (progress, cancel) -> {
            demos.generate(preset, seed, files, progress, cancel);
            return files;
        }).visible().onSuccess(folder -> switchTo("Importing demo case " + name, casePath, true, folder)).start();
    }

    /** A sample or demo case is analysed right after its import, so it opens with its findings. */
    private static void analyseIfNew(CaseStore store, io.hydrascope.model.ProgressListener progress,
                                     io.hydrascope.model.CancellationToken cancel) {
        boolean analysed;
        try (io.hydrascope.store.ReadSession session = store.newReader()) {
            analysed = new io.hydrascope.store.AnalysisQueries(session).hasResults();
        }
        if (!analysed) {
            new io.hydrascope.analysis.AnalysisService().analyse(store,
                    io.hydrascope.analysis.AnalysisSettings.DEFAULTS, progress, cancel);
        }
    }

    public void close() {
        stopIndexing();
        OpenCase previous = workspace.openCase();
        workspace.replaceCase(null);
        closeLater(previous);
    }

    private void switchTo(String title, Path casePath, boolean create, Path importFolder) {
        tasks.write(title, (progress, cancel) -> {
            CaseStore store = create ? CaseStore.openOrCreate(casePath) : CaseStore.open(casePath);
            try {
                if (importFolder != null) {
                    folders.importFolder(store, importFolder, progress, cancel);
                    analyseIfNew(store, progress, cancel);
                }
                return new Opened(new OpenCase(store), store.promptIndex().isReady());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }).visible().onSuccess(result -> {
            stopIndexing();
            OpenCase opened = result.openCase();
            OpenCase previous = workspace.openCase();
            workspace.replaceCase(opened);
            workspace.searchReadyProperty().set(result.searchReady());
            recent.add(opened.path());
            closeLater(previous);
            if (!result.searchReady()) { // after an import, or indexing stopped when the case was last closed
                buildSearchIndex(opened);
            }
        }).onFailure(e -> {
            if (e instanceof ImportCancelledException) {
                return; // the user stopped it; importing again resumes where it stopped
            }
            if (!create && !Files.exists(casePath)) {
                recent.remove(casePath);
            }
            dialogs.showError("Cannot open " + casePath.getFileName(), DialogService.describe(e));
        }).start();
    }

    /**
     * Brings prompt search up to date after an import or when a case opens with its index unfinished; imports do
     * not wait for it. It shows as a running task and {@link WorkspaceState#searchReadyProperty()} turns true when
     * it is done.
     */
    public void buildSearchIndex(OpenCase openCase) {
        stopIndexing();
        if (workspace.openCase() == openCase) {
            workspace.searchReadyProperty().set(false);
        }
        indexing = tasks.write("Indexing prompts for search", (progress, cancel) -> {
            if (!openCase.isClosed()) {
                openCase.writer().promptIndex().build(progress, cancel);
            }
            return null;
        }).visible().onSuccess(done -> {
            if (workspace.openCase() == openCase) {
                workspace.searchReadyProperty().set(true);
            }
        }).start();
    }

    /** The case just opened, and whether its search index was complete. */
    private record Opened(OpenCase openCase, boolean searchReady) {
    }

    /** A case closes after the writer lane finished its work, so long indexing must stop first. */
    private void stopIndexing() {
        if (indexing != null) {
            indexing.cancelWork();
            indexing = null;
        }
    }

    private void closeLater(OpenCase previous) {
        if (previous != null) {
            tasks.write("Closing " + previous.name(), (p, c) -> {
                previous.close();
                return null;
            }).start();
        }
    }
}
