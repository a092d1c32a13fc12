package io.hydrascope.ui.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DialogService that remembers what it was asked to show and answers choosers from preset values. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public Path caseToOpen;
    public Path caseToCreate;
    public List<Path> filesToImport = List.of();
    public final List<Path> shownFolders = new ArrayList<>();
    /** The answer to {@link #chooseFileToSave}; null answers with the suggested file. */
    public Path fileToSave;
    public final List<String> saveSuggestions = new ArrayList<>();
    /** Answers to {@link #askText}, in order; empty means "cancelled". */
    public final java.util.Deque<String> textAnswers = new java.util.ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    /** What each note dialog said it was for and who signs, as "about | signature". */
    public final List<String> notePrompts = new ArrayList<>();

    @Override
    public Optional<String> askNote(String title, String about, String initial, String signature) {
        notePrompts.add(about + " | " + signature);
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public Optional<Path> chooseCaseToOpen() {
        return Optional.ofNullable(caseToOpen);
    }

    @Override
    public Optional<Path> chooseCaseToCreate(String suggestedName) {
        return Optional.ofNullable(caseToCreate);
    }

    @Override
    public List<Path> chooseFilesToImport() {
        return filesToImport;
    }

    @Override
    public void showFolder(Path folder) {
        shownFolders.add(folder);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path suggested, List<String> extensions) {
        saveSuggestions.add(suggested.getFileName().toString());
        return Optional.of(fileToSave != null ? fileToSave : suggested);
    }
}
