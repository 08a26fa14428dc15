package io.stormcenter.workbench.ui.dialog;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.ui.actions.ShortcutHelp;
import io.stormcenter.workbench.ui.inspector.TripwireDialog;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks with real JavaFX dialogs, owned by the workbench window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.getDialogPane().setId("save-changes-dialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("information-dialog");
        alert.showAndWait();
    }

    /** Not modal: the list can stay open beside the canvas while the keys are tried. */
    @Override
    public void showShortcuts(List<ShortcutHelp.Entry> entries) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-list");
        grid.setHgap(18);
        grid.setVgap(4);
        String group = null;
        int row = 0;
        for (ShortcutHelp.Entry entry : entries) {
            if (!entry.group().equals(group)) {
                group = entry.group();
                Label heading = new Label(group);
                heading.getStyleClass().add(Styles.TITLE_4);
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(entry.keys());
            keys.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, keys, new Label(entry.what()));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 520);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle("Keyboard shortcuts");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder.getParentFile();
        return Optional.of(folder.toPath());
    }

    @Override
    public Optional<Tripwire> editTripwire(Tripwire initial, String suggestedId, Set<String> takenIds) {
        TripwireDialog dialog = new TripwireDialog(initial, suggestedId, takenIds);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
