package io.stormcenter.workbench.ui.dialog;

import io.stormcenter.workbench.model.Tripwire;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** All the questions the window asks; tests give an implementation that answers from a script. */
public interface DialogService {

    /** The document has unsaved changes: save, discard or cancel what was about to happen? */
    SaveChoice askToSave(String documentName);

    boolean confirm(String title, String message);

    void showError(String title, String message);

    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind);

    /** A folder to write into (for instance a honeycluster's files); empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /**
     * Edits a trip-wire (or makes a new one when {@code initial} is null) in a form whose fields
     * follow the kind; empty when cancelled.
     */
    Optional<Tripwire> editTripwire(Tripwire initial, String suggestedId, Set<String> takenIds);
}
