package io.stormcenter.workbench.ui.dialog;

import io.stormcenter.workbench.ui.actions.ShortcutHelp;
import io.stormcenter.workbench.ui.honeycluster.FolderChooser;
import io.stormcenter.workbench.ui.inspector.TripwireEditor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** All the questions the window asks; tests give an implementation that answers from a script. */
public interface DialogService extends TripwireEditor, FolderChooser {

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
}
