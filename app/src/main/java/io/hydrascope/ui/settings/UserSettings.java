package io.hydrascope.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The analyst's own settings, kept in {@code settings.properties} in the workbench's home folder beside the recent
 * cases: the name that signs notes, tags and bookmarks (the operating system's user name until one is set), the team
 * named as the author of reports, and the last report title used for each case. Read once when the window starts;
 * each change is written on {@code writer} (never the FX thread), the whole file replaced at once. FX thread only.
 */
public final class UserSettings {
    static final String ANALYST = "analyst.name";
    static final String TEAM = "report.team";
    static final String TITLE = "report.title.";
    /** What reports name as their author until a team is set (the command line's default too). */
    public static final String DEFAULT_TEAM = "Hydrascope analyst team";

    private final Path file;
    private final String systemUser;
    private final Executor writer;
    private final Consumer<String> onWriteFailure;
    private final Properties values = new Properties();
    private final ReadOnlyStringWrapper analystName = new ReadOnlyStringWrapper(this, "analystName", "");
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper(this, "signature", "");

    private UserSettings(Path file, String systemUser, Executor writer, Consumer<String> onWriteFailure) {
        this.file = file;
        this.systemUser = systemUser == null || systemUser.isBlank() ? "analyst" : systemUser;
        this.writer = writer;
        this.onWriteFailure = onWriteFailure;
    }

    /**
     * Reads the settings file; a missing file means nothing is set yet, an unreadable one is reported through
     * {@code onWriteFailure} and treated the same.
     *
     * @param systemUser the operating system's user name, which signs annotations until a name is set
     */
    public static UserSettings load(Path file, String systemUser, Executor writer, Consumer<String> onWriteFailure) {
        UserSettings s = new UserSettings(file, systemUser, writer, onWriteFailure);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            s.values.load(in);
        } catch (NoSuchFileException e) {
            // first start: nothing set yet
        } catch (IOException | IllegalArgumentException e) {
            onWriteFailure.accept("Cannot read the settings in " + file + ": " + e.getMessage());
        }
        s.analystName.set(s.values.getProperty(ANALYST, "").strip());
        s.updateSignature();
        return s;
    }

    /** The name the analyst set; empty while none is. */
    public ReadOnlyStringProperty analystNameProperty() {
        return analystName.getReadOnlyProperty();
    }

    public boolean hasAnalystName() {
        return !analystName.get().isEmpty();
    }

    /** Who signs annotations now: the analyst's name, or the operating system's user name until one is set. */
    public ReadOnlyStringProperty signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    public String signature() {
        return signature.get();
    }

    /** Where the note dialog says who signs and where that is changed. */
    public String signatureNote() {
        return hasAnalystName() ? "Signed as " + analystName.get() + " · change it in File → Settings…"
                : "Signed as " + systemUser + " (your computer's user name) · set your own name in File → Settings…";
    }

    public String systemUser() {
        return systemUser;
    }

    /** Sets (or, with a blank name, clears) the analyst's name and writes the settings. */
    public void setAnalystName(String name) {
        String clean = oneLine(name);
        analystName.set(clean);
        put(ANALYST, clean);
        updateSignature();
        save();
    }

    /** The team reports name as their author. */
    public String reportTeam() {
        String team = values.getProperty(TEAM, "").strip();
        return team.isEmpty() ? DEFAULT_TEAM : team;
    }

    public void setReportTeam(String team) {
        put(TEAM, oneLine(team));
        save();
    }

    /** The title last used for a report of this case; empty for the title the report derives from its scope. */
    public String reportTitle(Path caseFile) {
        return values.getProperty(TITLE + key(caseFile), "");
    }

    public void setReportTitle(Path caseFile, String title) {
        put(TITLE + key(caseFile), oneLine(title));
        save();
    }

    /** Keeps a written report's title for its case and its author for every report (blank: the default team). */
    public void rememberReport(Path caseFile, String title, String team) {
        String t = oneLine(title);
        String a = oneLine(team).isEmpty() ? DEFAULT_TEAM : oneLine(team);
        if (!t.equals(reportTitle(caseFile)) || !a.equals(reportTeam())) {
            put(TITLE + key(caseFile), t);
            put(TEAM, a);
            save();
        }
    }

    public Path file() {
        return file;
    }

    private void updateSignature() {
        signature.set(hasAnalystName() ? analystName.get() : systemUser);
    }

    private void put(String key, String value) {
        if (value.isEmpty()) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    private static String key(Path caseFile) {
        return caseFile.toAbsolutePath().normalize().toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Writes a snapshot on the writer: the file is replaced whole, so a crash leaves the old or the new one. */
    private void save() {
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        writer.execute(() -> {
            try {
                write(snapshot);
            } catch (IOException | UncheckedIOException e) {
                onWriteFailure.accept("Cannot save the settings to " + file + ": " + e.getMessage());
            }
        });
    }

    private synchronized void write(Properties snapshot) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            snapshot.store(out, "Hydrascope settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
