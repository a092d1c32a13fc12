package io.hydrascope.ui.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every message box and file chooser of the window goes through here, so view models can ask for them without
 * knowing JavaFX and tests can answer them.
 */
public interface DialogService {
    void showError(String title, String message);

    default void showError(Throwable error) {
        showError("Something went wrong", describe(error));
    }

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseCaseToOpen();

    Optional<Path> chooseCaseToCreate(String suggestedName);

    List<Path> chooseFilesToImport();

    /** Shows a folder in the desktop's file manager (does nothing where there is none). */
    void showFolder(Path folder);

    /**
     * Where to save a file, or empty when the person cancels. The chooser starts at {@code suggested} (a file name, or
     * a path whose folder exists); {@code extensions} (without the dot, the first one is the default) limit what can
     * be chosen, and a name without one of them gets the default.
     */
    Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions);

    /** Asks for one line or a few lines of text (a tag, a note); empty when the person cancels. */
    default Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    /**
     * Asks for a note of any length. {@code about} says what it is attached to ("Note on account acct-17"),
     * {@code signature} who signs it and where that name is changed; empty when the person cancels or writes nothing.
     */
    default Optional<String> askNote(String title, String about, String initial, String signature) {
        return askText(title, about, initial);
    }

    /** The message a person should read: the engine's messages already name the file and the reason. */
    static String describe(Throwable error) {
        Throwable e = error;
        while (e.getMessage() == null && e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
