package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.ui.canvas.EditorViewModel;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.files.RecentFiles;
import io.stormcenter.workbench.ui.honeycluster.HoneyclusterViewModel;
import io.stormcenter.workbench.ui.panels.ProblemsViewModel;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view listens to a view model's read-only list once and for the life of the window. JavaFX's
 * unmodifiable wrappers hear their list only weakly: a wrapper made fresh on each call is garbage
 * as soon as the view has added its listener, and after the next collection the view goes deaf
 * (the Honeycluster tab showed an empty object tree in the running workbench this way).
 */
class ReadOnlyViewsTest {

    @TempDir
    Path folder;

    @Test
    void listeners_added_through_the_view_models_read_only_lists_still_hear_after_a_garbage_collection()
            throws Exception {
        AttackTree kubecon = TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
        // a probability of 2 is a problem, which the sample's load then clears
        TreeDocument document = new TreeDocument(AttackTree.single("bare", "b",
                Node.attack("root", "r").withEstimates(Estimates.of(2, 1, 1, 1))));
        HoneyclusterViewModel honey = new HoneyclusterViewModel(document, new SimpleStringProperty(), Runnable::run,
                Runnable::run);
        ProblemsViewModel problems = new ProblemsViewModel(document, Runnable::run, Runnable::run);
        EditorViewModel editor = new EditorViewModel(document);
        RecentFiles recent = new RecentFiles(folder.resolve("recent.txt"));
        AtomicInteger groups = new AtomicInteger();
        AtomicInteger problemLists = new AtomicInteger();
        AtomicInteger selections = new AtomicInteger();
        AtomicInteger recentLists = new AtomicInteger();
        honey.groups().addListener((ListChangeListener<Object>) c -> groups.incrementAndGet());
        problems.problems().addListener((ListChangeListener<Object>) c -> problemLists.incrementAndGet());
        editor.selection().addListener((SetChangeListener<String>) c -> selections.incrementAndGet());
        recent.files().addListener((ListChangeListener<Path>) c -> recentLists.incrementAndGet());

        assertThat(problems.problems()).isNotEmpty();
        collectGarbage();
        document.load(kubecon, null);
        editor.select(kubecon.rootId());
        recent.add(folder.resolve("model.json"));

        assertThat(groups).as("honeycluster groups").hasPositiveValue();
        assertThat(problemLists).as("problems").hasPositiveValue();
        assertThat(selections).as("selection").hasPositiveValue();
        assertThat(recentLists).as("recent files").hasPositiveValue();
    }

    /** Returns once a collection has cleared a weakly held object (bounded: a few tries). */
    private static void collectGarbage() throws InterruptedException {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int attempt = 0; attempt < 50 && probe.get() != null; attempt++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(probe.get()).as("a garbage collection happened").isNull();
    }
}
