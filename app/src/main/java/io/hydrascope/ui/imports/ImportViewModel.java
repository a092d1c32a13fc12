package io.hydrascope.ui.imports;

import io.hydrascope.ingest.ImportCancelledException;
import io.hydrascope.ingest.ImportException;
import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ingest.ImportPreviewService;
import io.hydrascope.ingest.ImportResult;
import io.hydrascope.ingest.MappingProfile;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ingest.ImportService;
import io.hydrascope.model.ImportCounts;
import io.hydrascope.model.ImportRecord;
import io.hydrascope.model.QuarantinedRow;
import io.hydrascope.store.QuarantinePreviewRepository;
import io.hydrascope.ui.cases.CaseActions;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.OpenCase;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskHandle;
import io.hydrascope.ui.core.TaskProgress;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.TimeFormats;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog: files to import, a preview of the selected one (detected format, first rows mapped to fields
 * with the reason each would be quarantined), a mapping step for files whose format is not recognised
 * ({@link ImportMappingViewModel}), the import itself (through the file's mapping profile, if any) on the database-writer lane with rows,
 * rows per second and time left, and the report (imported, quarantined by reason, duplicates, quarantined rows).
 * FX thread only.
 */
public final class ImportViewModel {
    public enum Phase { CHOOSING, IMPORTING, DONE }

    static final int PREVIEW_ROWS = 20;
    static final int QUARANTINE_ROWS = 500;

    private final WorkspaceState workspace;
    private final TaskRunner tasks;
    private final ImportPreviewService previewer;
    private final ImportMappingViewModel mapping;
    private final Map<Path, MappingProfile> profiles = new HashMap<>();
    private final ReadOnlyBooleanWrapper mappingNeeded = new ReadOnlyBooleanWrapper(this, "mappingNeeded");
    private final ImportService importer;
    private final CaseActions cases;
    private final QuerySlot previewSlot;
    private final QuerySlot reportSlot;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> previewed = new ReadOnlyObjectWrapper<>(this, "previewed");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewError = new ReadOnlyStringWrapper(this, "previewError", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CHOOSING);
    private final TaskProgress work = new TaskProgress(this);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Map.Entry<String, Long>> reasons = FXCollections.observableArrayList();
    private final ObservableList<QuarantinedRow> quarantined = FXCollections.observableArrayList();

    public ImportViewModel(WorkspaceState workspace, TaskRunner tasks, ImportPreviewService previewer,
                           ProfileStore profileStore, ImportService importer, CaseActions cases) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.previewer = previewer;
        this.mapping = new ImportMappingViewModel(workspace, tasks, previewer, profileStore, (file, profile) -> {
            if (profile == null) {
                profiles.remove(file);
            } else {
                profiles.put(file, profile);
            }
        });
        this.importer = importer;
        this.cases = cases;
        this.previewSlot = new QuerySlot(tasks, workspace, "Previewing file");
        this.reportSlot = new QuerySlot(tasks, workspace, "Reading import report");
    }

    /** Adds files (dropped or chosen) and previews the first new one. */
    public void addFiles(List<Path> added) {
        if (phase.get() == Phase.IMPORTING) {
            return;
        }
        Path first = null;
        for (Path p : added) {
            if (!files.contains(p)) {
                files.add(p);
                first = first == null ? p : first;
            }
        }
        if (first != null) {
            showPreview(first);
        }
    }

    public void remove(Path file) {
        files.remove(file);
        profiles.remove(file);
        if (file != null && file.equals(previewed.get())) {
            preview.set(null);
            mappingNeeded.set(false);
            previewed.set(null);
            previewError.set("");
        }
    }

    /** Reads the first rows of a file, off the FX thread. */
    public void showPreview(Path file) {
        if (file == null) {
            return;
        }
        previewed.set(file);
        preview.set(null);
        mappingNeeded.set(false);
        previewError.set("Reading " + file.getFileName() + "…");
        previewSlot.run((c, p, cancel) -> previewer.preview(file, PREVIEW_ROWS), result -> {
            preview.set(result);
            previewError.set("");
            if (!result.recognised()) {
                mapping.start(file, result, profiles.get(file));
                mappingNeeded.set(true);
            }
        }, e -> previewError.set(DialogService.describe(e)));
    }

    /** Imports every file in order on the writer lane; a file that cannot be read does not stop the others. */
    public void startImport() {
        OpenCase open = workspace.openCase();
        if (open == null || files.isEmpty() || phase.get() == Phase.IMPORTING) {
            return;
        }
        List<Path> batch = List.copyOf(files);
        Map<Path, MappingProfile> mapped = Map.copyOf(profiles);
        phase.set(Phase.IMPORTING);
        outcomes.clear();
        work.starting();
        TaskHandle task = tasks.write("Importing " + (batch.size() == 1 ? batch.get(0).getFileName() : batch.size()
                + " files"), (listener, cancel) -> {
                    long[] sizes = batch.stream().mapToLong(ImportViewModel::sizeOf).toArray();
                    long all = java.util.Arrays.stream(sizes).sum();
                    long started = System.nanoTime();
                    long before = 0;
                    List<FileOutcome> done = new ArrayList<>();
                    for (int i = 0; i < batch.size() && !cancel.isCancelled(); i++) {
                        String prefix = batch.size() > 1 ? "file " + (i + 1) + " of " + batch.size() + " · " : "";
                        done.add(importOne(open, batch.get(i), mapped.get(batch.get(i)), new ImportProgressText(
                                listener, prefix, System::nanoTime, started, before, all), cancel));
                        before += sizes[i];
                    }
                    return done;
                }).visible().onSuccess(this::finished)
                .onFailure(e -> finished(List.of(new FileOutcome(batch.get(0), "", null,
                        "failed: " + DialogService.describe(e), -1, 0)))).start();
        work.follow(task, phase.get() == Phase.IMPORTING);
    }

    /** The file's size for the progress bar; 0 when it cannot be read (the import then says why). */
    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException | SecurityException e) {
            return 0;
        }
    }

    private FileOutcome importOne(OpenCase open, Path file, MappingProfile profile, ImportProgressText listener,
                                  io.hydrascope.model.CancellationToken cancel) {
        long started = System.nanoTime();
        try {
            ImportResult r = importer.importFile(open.writer(), file, ImportOptions.DEFAULT.withProfile(profile),
                    listener, cancel);
            String result = r.alreadyImported() ? "already imported; nothing changed"
                    : !r.complete() ? r.incompleteReason()
                    : r.resumed() ? "imported (resumed)" : "imported";
            return outcome(file, r.record(), result, started);
        } catch (ImportCancelledException e) {
            cancel.cancel();
            return outcome(file, e.record(), "cancelled; import again to resume", started);
        } catch (io.hydrascope.model.CancelledException e) {
            return new FileOutcome(file, "", null, "cancelled before any row was read", -1, seconds(started));
        } catch (ImportException e) {
            return new FileOutcome(file, "", null, "not imported: " + e.getMessage(), -1, seconds(started));
        }
    }

    private static FileOutcome outcome(Path file, ImportRecord r, String result, long started) {
        return new FileOutcome(file, r.format(), r.counts(), result, r.id(), seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private void finished(List<FileOutcome> done) {
        work.stop(1);
        outcomes.setAll(done);
        summary.set(summarise(done));
        phase.set(Phase.DONE);
        List<Long> ids = done.stream().filter(o -> o.importId() >= 0).map(FileOutcome::importId).toList();
        reportSlot.run((c, p, cancel) -> {
            QuarantinePreviewRepository repo = new QuarantinePreviewRepository(c.reader());
            return Map.entry(repo.reasonCounts(ids), repo.firstRows(ids, QUARANTINE_ROWS));
        }, r -> {
            reasons.setAll(r.getKey().entrySet());
            quarantined.setAll(r.getValue());
        }, e -> summary.set(summary.get() + " (cannot read the quarantine: " + DialogService.describe(e) + ")"));
        OpenCase open = workspace.openCase();
        if (open != null && done.stream().anyMatch(o -> o.counts() != null && o.counts().imported() > 0)) {
            workspace.dataChanged();
            cases.buildSearchIndex(open);
        }
    }

    static String summarise(List<FileOutcome> done) {
        ImportCounts total = ImportCounts.ZERO;
        double seconds = 0;
        for (FileOutcome o : done) {
            if (o.counts() != null) {
                total = total.plus(o.counts());
                seconds += o.seconds();
            }
        }
        String rate = seconds > 0.5 ? String.format(java.util.Locale.ROOT, " in %.1f s", seconds) : "";
        return done.size() + (done.size() == 1 ? " file: " : " files: ") + TimeFormats.count(total.rowsRead())
                + " rows read = " + TimeFormats.count(total.imported()) + " imported + "
                + TimeFormats.count(total.quarantined()) + " quarantined + " + TimeFormats.count(total.duplicates())
                + " duplicates + " + TimeFormats.count(total.skipped()) + " skipped" + rate;
    }

    public void cancel() {
        work.cancel();
    }

    /** Back to choosing files after a report, for another import. */
    public void startOver() {
        if (phase.get() == Phase.DONE) {
            files.clear();
            profiles.clear();
            preview.set(null);
            mappingNeeded.set(false);
            previewed.set(null);
            outcomes.clear();
            reasons.clear();
            quarantined.clear();
            phase.set(Phase.CHOOSING);
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ReadOnlyObjectProperty<Path> previewedProperty() {
        return previewed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True while the previewed file's format is not recognised and the mapping step is shown. */
    public ReadOnlyBooleanProperty mappingNeededProperty() {
        return mappingNeeded.getReadOnlyProperty();
    }

    public ImportMappingViewModel mapping() {
        return mapping;
    }

    /** The mapping profile the import will read this file with, or null (recognised, or not mapped yet). */
    public MappingProfile profileFor(Path file) {
        return profiles.get(file);
    }

    public ReadOnlyStringProperty previewErrorProperty() {
        return previewError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return work.textProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<FileOutcome> outcomes() {
        return outcomes;
    }

    public ObservableList<Map.Entry<String, Long>> reasons() {
        return reasons;
    }

    public ObservableList<QuarantinedRow> quarantined() {
        return quarantined;
    }

    public String caseName() {
        return workspace.caseName();
    }
}
