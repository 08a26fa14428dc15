package io.stormcenter.workbench.ui.honeycluster;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a folder to write into. The Honey tab needs only this question of the
 * window's dialog service, so it names it here and the dialog package depends on this one.
 */
@FunctionalInterface
public interface FolderChooser {

    /** A folder to write into (for instance a honeycluster's files); empty when cancelled. */
    Optional<Path> chooseFolder(String title);
}
