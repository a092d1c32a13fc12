package io.hydrascope.ui.imports;

import io.hydrascope.ingest.FieldNames;
import io.hydrascope.ingest.ImportOptions;
import io.hydrascope.ingest.ImportPreview;
import io.hydrascope.ingest.ImportPreviewService;
import io.hydrascope.ingest.MappingProfile;
import io.hydrascope.ingest.ProfileStore;
import io.hydrascope.ingest.TimestampFormat;
import io.hydrascope.model.DataKind;
import io.hydrascope.ui.core.DialogService;
import io.hydrascope.ui.core.QuerySlot;
import io.hydrascope.ui.core.TaskRunner;
import io.hydrascope.ui.core.WorkspaceState;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's mapping step for a file whose format was not recognised: its columns with sample values and
 * the field each fills, how timestamps are written, a live check of the first records read through that mapping
 * (per-row errors included), and saving the mapping as a named profile that is offered again (and applied at once)
 * for files with the same header. The mapping, once usable, is handed to the import through {@code onProfile}.
 * FX thread only; previews and profile files are read and written on background threads.
 */
public final class ImportMappingViewModel {
    /** The choice for a column that fills no field. */
    public static final String IGNORE = "";
    private static final long CHECK_DELAY_MILLIS = 200;
    /** Column names (normalised) that usually hold a field under another name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("id", "request_id"),
            Map.entry("requestid", "request_id"), Map.entry("time", "timestamp"), Map.entry("date", "timestamp"),
            Map.entry("createdat", "timestamp"), Map.entry("when", "timestamp"), Map.entry("user", "account_id"),
            Map.entry("userid", "account_id"), Map.entry("customer", "account_id"), Map.entry("apikey", "account_id"),
            Map.entry("clientip", "ip"), Map.entry("sourceip", "ip"), Map.entry("ipaddress", "ip"),
            Map.entry("useragent", "user_agent"), Map.entry("engine", "model"), Map.entry("session", "conversation_id"),
            Map.entry("sessionid", "conversation_id"), Map.entry("question", "prompt"), Map.entry("input", "prompt"),
            Map.entry("tokensin", "input_tokens"), Map.entry("prompttokens", "input_tokens"),
            Map.entry("tokensout", "output_tokens"), Map.entry("completiontokens", "output_tokens"));

    /** One column of the file, its sample values and the field the analyst chose for it. */
    public static final class ColumnChoice {
        private final String column;
        private final List<String> samples;
        private final StringProperty field = new SimpleStringProperty(this, "field", IGNORE);

        ColumnChoice(String column, List<String> samples) {
            this.column = column;
            this.samples = samples;
        }

        public String column() {
            return column;
        }

        public List<String> samples() {
            return samples;
        }

        public StringProperty fieldProperty() {
            return field;
        }
    }

    private final TaskRunner tasks;
    private final ImportPreviewService previews;
    private final ProfileStore profiles;
    private final BiConsumer<Path, MappingProfile> onProfile;
    private final QuerySlot checkSlot;
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<MappingProfile> offered = FXCollections.observableArrayList();
    private final ObjectProperty<DataKind> kind = new SimpleObjectProperty<>(this, "kind", DataKind.INTERACTIONS);
    private final ObjectProperty<TimestampFormat.Kind> timestampKind = new SimpleObjectProperty<>(this,
            "timestampKind", TimestampFormat.Kind.AUTO);
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", "yyyy-MM-dd HH:mm:ss");
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "UTC");
    private final StringProperty profileName = new SimpleStringProperty(this, "profileName", "");
    private final ReadOnlyObjectWrapper<MappingProfile> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<ImportPreview> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Path file;
    private List<String> header = List.of();
    private boolean applying;

    ImportMappingViewModel(WorkspaceState workspace, TaskRunner tasks, ImportPreviewService previews,
                           ProfileStore profiles, BiConsumer<Path, MappingProfile> onProfile) {
        this.tasks = tasks;
        this.previews = previews;
        this.profiles = profiles;
        this.onProfile = onProfile;
        this.checkSlot = new QuerySlot(tasks, workspace, "Checking the mapping");
        kind.addListener((o, a, b) -> kindChanged());
        timestampKind.addListener((o, a, b) -> changed());
        pattern.addListener((o, a, b) -> changed());
        zone.addListener((o, a, b) -> changed());
        profileName.addListener((o, a, b) -> changed());
    }

    /** The canonical fields a column can fill, in order, with {@link #IGNORE} first. */
    public static List<String> fieldChoices(DataKind kind) {
        List<String> out = new java.util.ArrayList<>();
        out.add(IGNORE);
        out.addAll(MappingProfile.canonicalFields(kind));
        return out;
    }

    public static boolean required(DataKind kind, String field) {
        return MappingProfile.requiredFields(kind).contains(field);
    }

    /**
     * Starts mapping an unrecognised file: its columns with guessed fields, then the saved profiles that fit it (one
     * made for the same header is applied at once), or {@code existing} when the analyst already mapped this file.
     */
    void start(Path newFile, ImportPreview preview, MappingProfile existing) {
        checkSlot.cancel();
        file = newFile;
        header = preview.columnNames();
        applying = true;
        kind.set(DataKind.INTERACTIONS);
        columns.setAll(preview.columns().stream().map(c -> new ColumnChoice(c.name(), c.samples())).toList());
        columns.forEach(c -> {
            c.fieldProperty().set(guess(c.column()));
            c.fieldProperty().addListener((o, a, b) -> changed());
        });
        String stem = newFile.getFileName().toString().replaceFirst("(\\.gz)?$", "").replaceFirst("\\.[^.]+$", "");
        profileName.set(stem);
        timestampKind.set(TimestampFormat.Kind.AUTO);
        columns.stream().filter(c -> "timestamp".equals(c.fieldProperty().get())
                        || "created_at".equals(c.fieldProperty().get())).findFirst()
                .flatMap(c -> TimestampGuess.pattern(c.samples())).ifPresent(p -> {
                    timestampKind.set(TimestampFormat.Kind.PATTERN);
                    pattern.set(p);
                });
        applying = false;
        offered.clear();
        status.set("");
        if (existing != null) {
            apply(existing);
            return;
        }
        changed();
        List<String> names = header;
        tasks.read("Looking for saved mapping profiles", (p, cancel) -> {
            synchronized (profiles) { // the store is for one thread at a time; reads may run on two
                return profiles.matching(names);
            }
        })
                .onSuccess(found -> {
                    if (newFile.equals(file)) {
                        offered.setAll(found);
                        if (!found.isEmpty() && found.get(0).matchesHeader(names)) {
                            apply(found.get(0));
                            status.set("Saved profile '" + found.get(0).name() + "' was made for this header and "
                                    + "is applied.");
                        }
                    }
                }).onFailure(e -> status.set("Cannot read saved profiles: " + DialogService.describe(e))).start();
    }

    private String guess(String column) {
        String n = FieldNames.normalize(column);
        List<String> fields = MappingProfile.canonicalFields(kind.get());
        for (String field : fields) {
            if (FieldNames.normalize(field).equals(n)) {
                return field;
            }
        }
        String alias = ALIASES.get(n) != null && fields.contains(ALIASES.get(n)) ? ALIASES.get(n) : null;
        boolean taken = alias != null && columns.stream().anyMatch(c -> alias.equals(c.fieldProperty().get()));
        return alias == null || taken ? IGNORE : alias;
    }

    /** Another kind of rows: choices that kind lacks are dropped and the rest guessed again from the names. */
    private void kindChanged() {
        if (applying) {
            return;
        }
        applying = true;
        columns.forEach(c -> c.fieldProperty().set(IGNORE));
        columns.forEach(c -> c.fieldProperty().set(guess(c.column())));
        applying = false;
        changed();
    }

    /** Fills the choices from a saved profile. */
    public void apply(MappingProfile profile) {
        applying = true;
        kind.set(profile.kind());
        for (ColumnChoice c : columns) {
            String field = profile.fields().entrySet().stream()
                    .filter(e -> FieldNames.normalize(e.getValue()).equals(FieldNames.normalize(c.column())))
                    .map(Map.Entry::getKey).findFirst().orElse(IGNORE);
            c.fieldProperty().set(field);
        }
        TimestampFormat t = profile.timestamps();
        timestampKind.set(t.kind());
        if (t.pattern() != null) {
            pattern.set(t.pattern());
        }
        zone.set(t.zone() == null ? "" : t.zone().getId());
        profileName.set(profile.name());
        applying = false;
        status.set("Using saved profile '" + profile.name() + "'.");
        changed();
    }

    private void changed() {
        if (applying || file == null) {
            return;
        }
        MappingProfile profile;
        try {
            profile = build();
        } catch (IllegalArgumentException e) {
            draft.set(null);
            problem.set(e.getMessage());
            check.set(null);
            checkSlot.cancel();
            onProfile.accept(file, null);
            return;
        }
        problem.set("");
        draft.set(profile);
        onProfile.accept(file, profile);
        Path checked = file;
        checkSlot.run(CHECK_DELAY_MILLIS, (c, p, cancel) -> previews.preview(checked,
                ImportOptions.DEFAULT.withProfile(profile), ImportViewModel.PREVIEW_ROWS), check::set,
                e -> problem.set(DialogService.describe(e)));
    }

    /** The profile the choices make; throws with a message an analyst can act on when it is not usable. */
    MappingProfile build() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ColumnChoice c : columns) {
            String f = c.fieldProperty().get();
            if (f != null && !f.isEmpty() && fields.putIfAbsent(f, c.column()) != null) {
                throw new IllegalArgumentException("Two columns fill " + f + ": " + fields.get(f) + " and "
                        + c.column() + ". Choose one.");
            }
        }
        for (String required : MappingProfile.canonicalFields(kind.get())) {
            if (required(kind.get(), required) && !fields.containsKey(required)) {
                throw new IllegalArgumentException("Choose the column that holds " + required + ".");
            }
        }
        String name = profileName.get() == null || profileName.get().isBlank() ? "unnamed" : profileName.get();
        return new MappingProfile(name, kind.get(), header, fields, Map.of(), timestamps());
    }

    private TimestampFormat timestamps() {
        ZoneId z = null;
        String zoneText = zone.get() == null ? "" : zone.get().strip();
        if (!zoneText.isEmpty()) {
            try {
                z = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Unknown time zone '" + zoneText + "' (e.g. UTC, Europe/Paris, "
                        + "+02:00).");
            }
        }
        TimestampFormat.Kind kind = timestampKind.get();
        return kind == TimestampFormat.Kind.PATTERN ? TimestampFormat.pattern(pattern.get(), z)
                : TimestampFormat.of(kind).withZone(z);
    }

    /** Saves the mapping as a named profile in the user's profile folder, replacing one of the same name. */
    public void save() {
        MappingProfile profile = draft.get();
        if (profile == null) {
            return;
        }
        tasks.read("Saving mapping profile", (p, cancel) -> {
            synchronized (profiles) {
                return profiles.save(profile);
            }
        })
                .onSuccess(saved -> status.set("Saved as profile '" + profile.name() + "' (" + saved + "); it is "
                        + "offered again for files with the same columns."))
                .onFailure(e -> status.set("Not saved: " + DialogService.describe(e))).start();
    }

    /** What the file's rows are: interactions (the usual), account profiles or labels. */
    public ObjectProperty<DataKind> kindProperty() {
        return kind;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<MappingProfile> offered() {
        return offered;
    }

    public ObjectProperty<TimestampFormat.Kind> timestampKindProperty() {
        return timestampKind;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty profileNameProperty() {
        return profileName;
    }

    public ReadOnlyObjectProperty<MappingProfile> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The first records read through the mapping, as the import would take, quarantine or skip them. */
    public ReadOnlyObjectProperty<ImportPreview> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
