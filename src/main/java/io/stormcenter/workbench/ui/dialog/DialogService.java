package io.stormcenter.workbench.ui.dialog;

import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.actions.ShortcutHelp;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All the questions the window asks; tests give an implementation that answers from a script. */
public interface DialogService {

    /** The document has unsaved changes: save, discard or cancel what was about to happen? */
    SaveChoice askToSave(String documentName);

    boolean confirm(String title, String message);

    void showError(String title, String message);

    /** Tells something that needs no answer (the About box). */
    void showInformation(String title, String header, String message);

    /** The F1 list: every key and mouse gesture, grouped. */
    void showShortcuts(List<ShortcutHelp.Entry> entries);

    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind);

    /**
     * Edits a trip-wire (or makes a new one when {@code initial} is null) in a form whose fields
     * follow the kind; empty when cancelled.
     */
    Optional<Tripwire> editTripwire(Tripwire initial, String suggestedId, Set<String> takenIds);
}
