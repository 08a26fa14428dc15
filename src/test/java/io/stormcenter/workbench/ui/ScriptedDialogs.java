package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.actions.ShortcutHelp;
import io.stormcenter.workbench.ui.dialog.DialogService;
import io.stormcenter.workbench.ui.dialog.FileKind;
import io.stormcenter.workbench.ui.dialog.SaveChoice;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers the window's questions from a script and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<Tripwire> tripwires = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<ShortcutHelp.Entry> shortcuts = new ArrayList<>();

    @Override
    public SaveChoice askToSave(String documentName) {
        asked.add("save " + documentName);
        return saveAnswers.isEmpty() ? SaveChoice.CANCEL : saveAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add("confirm " + title);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        information.add(title + ": " + header + ": " + message);
    }

    @Override
    public void showShortcuts(List<ShortcutHelp.Entry> entries) {
        shortcuts.clear();
        shortcuts.addAll(entries);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        asked.add("open " + kind);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind) {
        asked.add("save-as " + kind);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add("folder");
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Tripwire> editTripwire(Tripwire initial, String suggestedId, Set<String> takenIds) {
        asked.add("tripwire " + suggestedId);
        return Optional.ofNullable(tripwires.poll());
    }
}
