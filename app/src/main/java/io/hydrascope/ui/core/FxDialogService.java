package io.hydrascope.ui.core;

import io.hydrascope.ingest.ImportableFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The JavaFX dialogs. FX thread only; dialogs are owned by the main window once {@link #setOwner} was called. */
public final class FxDialogService implements DialogService {
    private static final FileChooser.ExtensionFilter CASES =
            new FileChooser.ExtensionFilter("Hydrascope cases (*.hcase)", "*.hcase");
    private Window owner;
    private final List<String> stylesheets;

    public FxDialogService(List<String> stylesheets) {
        this.stylesheets = stylesheets;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<Path> chooseCaseToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open case");
        chooser.getExtensionFilters().addAll(CASES, new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCaseToCreate(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New case");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(CASES);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().endsWith(".hcase") ? p : p.resolveSibling(p.getFileName() + ".hcase"));
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import log files");
        chooser.getExtensionFilters().addAll(importFilters());
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /**
     * The import chooser's filters, the default first: every name the importer reads (so a ChatGPT export's
     * {@code conversations.json} shows), then all files, whose content may still be recognised.
     */
    static List<FileChooser.ExtensionFilter> importFilters() {
        return List.of(new FileChooser.ExtensionFilter(ImportableFiles.description(), ImportableFiles.patterns()),
                new FileChooser.ExtensionFilter("All files", "*"));
    }

    /** Hands the folder to the desktop's opener on a short-lived thread, so a slow file manager never blocks. */
    @Override
    public void showFolder(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String opener = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
        Thread t = new Thread(() -> {
            try {
                new ProcessBuilder(opener, folder.toString()).inheritIO().start();
            } catch (java.io.IOException e) {
                javafx.application.Platform.runLater(() -> showError("Cannot open the folder",
                        folder + ": " + opener + " is not available (" + e.getMessage() + ")"));
            }
        }, "hydrascope-open-folder");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (suggested.getParent() != null && java.nio.file.Files.isDirectory(suggested.getParent())) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        for (String ext : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    ext.toUpperCase(java.util.Locale.ROOT) + " (*." + ext + ")", "*." + ext));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> {
            String name = p.getFileName().toString();
            boolean known = extensions.stream().anyMatch(ext -> name.toLowerCase(java.util.Locale.ROOT)
                    .endsWith("." + ext));
            return known || extensions.isEmpty() ? p : p.resolveSibling(name + "." + extensions.get(0));
        });
    }

    /** Opens a window owned by the main window; it blocks only its owner, never the FX thread. */
    public Stage openWindow(String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    /** A note dialog: several lines, word-wrapped, with what the note is attached to and who signs it. */
    @Override
    public Optional<String> askNote(String title, String about, String initial, String signature) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(about);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(initial);
        text.setId("note-text");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(56);
        text.setPromptText("What you found, why it matters, what to check next");
        Label signed = new Label(signature);
        signed.setId("note-signature");
        signed.getStyleClass().add(Styles.MUTED);
        signed.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(6, text, signed);
        javafx.scene.layout.VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.setResizable(true);
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    /** Shows a dialog of the window's own (Settings) owned by the main window, in the window's style. */
    public <R> Optional<R> showDialog(javafx.scene.control.Dialog<R> dialog) {
        dialog.initOwner(owner);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().addAll(stylesheets);
        return alert;
    }
}
