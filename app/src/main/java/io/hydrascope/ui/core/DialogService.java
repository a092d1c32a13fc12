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

    /** Asks for one line or a few lines of text (a tag, a note); empty when the person cancels. */
    default Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
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
