package io.stormcenter.workbench.ui.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.BaitWorkload;
import io.stormcenter.workbench.honeycluster.Cover;
import io.stormcenter.workbench.honeycluster.PlanPreview;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.cli.Cli;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoneyclusterViewModelTest {

    static AttackTree kubecon() throws Exception {
        return TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree();
    }

    private final SimpleStringProperty selected = new SimpleStringProperty();

    private HoneyclusterViewModel model(TreeDocument document) {
        return new HoneyclusterViewModel(document, selected, Runnable::run, Runnable::run);
    }

    @Test
    void the_preview_of_the_demo_lists_its_objects_and_coverage() throws Exception {
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));

        assertThat(model.groups()).extracting(PlanPreview.Group::title).contains("Bait workloads", "Tetragon policies");
        assertThat(model.statusProperty().get()).contains("objects", "trip-wires in namespace "
                + Cover.of("ksc-kubecon-2024", HoneyclusterViewModel.PREVIEW_SEED).namespace());
        assertThat(model.coverageProperty().get()).contains("attack leaves observed", "no sensor sees:");
    }

    @Test
    void selecting_a_node_highlights_its_objects_and_an_item_shows_its_yaml() throws Exception {
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));

        selected.set("ssh-bait");
        String bait = Cover.of("ksc-kubecon-2024", HoneyclusterViewModel.PREVIEW_SEED).baitName(BaitWorkload.SSH, 1);
        PlanPreview.Item pod = model.groups().stream().flatMap(g -> g.items().stream())
                .filter(i -> i.key().equals("Pod/" + bait)).findFirst().orElseThrow();
        model.selectedItemProperty().set(pod);

        assertThat(model.highlightedProperty().get()).contains("Pod/" + bait, "Service/" + bait);
        // policies carry the deployment's hash in their names, never its id (which names the model)
        assertThat(model.highlightedProperty().get())
                .anyMatch(key -> key.startsWith("TracingPolicyNamespaced/successful-ssh-connections-"));
        assertThat(model.highlightedProperty().get()).doesNotContain("Secret/aws-prod-deployer");
        assertThat(model.yamlProperty().get()).contains("kind: \"Pod\"", "name: \"" + bait + "\"");
    }

    @Test
    void a_blind_leaf_gets_suggestions_and_taking_one_adds_the_trip_wire_undoably() throws Exception {
        TreeDocument document = new TreeDocument(kubecon());
        HoneyclusterViewModel model = model(document);

        selected.set("from-backup");
        assertThat(model.suggestions()).isNotEmpty();
        model.take(model.suggestions().get(0));

        Node leaf = document.tree().node("from-backup");
        assertThat(leaf.tripwires()).hasSize(1);
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.highlightedProperty().get()).isNotEmpty();
        document.undo();
        assertThat(document.tree().node("from-backup").tripwires()).isEmpty();
    }

    @Test
    void a_new_tree_without_trip_wires_shows_how_to_start_instead_of_a_compile_error() {
        // given a new tree: one node, no trip-wire
        TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
        // when the tab compiles it
        HoneyclusterViewModel model = model(document);
        // then it is an empty state, not an error the Problems panel does not know about
        assertThat(model.groups()).isEmpty();
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(HoneyclusterViewModel.NO_TRIPWIRES)
                .doesNotContain("ERROR", "Cannot compile");
    }

    @Test
    void a_broken_trip_wire_is_named_by_its_node_label() {
        // given a leaf whose audit trip-wire has no verbs
        AttackTree tree = AttackTree.single("bare", "b", Node.attack("root", "Read the secrets")
                .withTripwires(List.of(new Tripwire("tw-a", TripwireKind.AUDIT, Map.of("resource", "secrets")))));
        // when compiled
        HoneyclusterViewModel model = model(new TreeDocument(tree));
        // then the status names the node as the user knows it
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Cannot compile yet: 'Read the secrets': trip-wire 'tw-a' (audit) verbs: missing (e.g. get,list,watch)");
    }

    @Test
    void one_trip_wire_is_counted_in_the_singular() {
        AttackTree tree = AttackTree.single("one", "One", Node.attack("root", "List secrets")
                .withTripwires(List.of(new Tripwire("tw-a", TripwireKind.AUDIT,
                        Map.of("verbs", "list", "resource", "secrets")))));
        HoneyclusterViewModel model = model(new TreeDocument(tree));
        assertThat(model.statusProperty().get()).contains("1 trip-wire in namespace "
                + Cover.of("one", HoneyclusterViewModel.PREVIEW_SEED).namespace()).doesNotContain("trip-wires");
    }

    @Test
    void an_untagged_leaf_is_told_that_suggestions_come_from_technique_tags() {
        // given a leaf without technique tags or trip-wires, selected
        TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
        HoneyclusterViewModel model = model(document);
        selected.set(document.tree().rootId());
        // then no suggestion, and the hint says how to get some
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.suggestionsHintProperty().get()).contains("technique tags", "Node tab");
        // and once tagged with a known technique, suggestions appear
        document.apply(t -> t.withNode(t.root().withTechniques(List.of("T1552.007"))));
        assertThat(model.suggestions()).isNotEmpty();
    }

    @Test
    void a_suggestion_reads_as_technique_kind_and_parameters_not_as_a_map() throws Exception {
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));
        selected.set("from-backup");
        String shown = HoneyclusterViewModel.describe(model.suggestions().get(0));
        assertThat(shown).doesNotContain("{", "}", "=");
        assertThat(shown.lines().toList()).hasSize(2);
        assertThat(shown).startsWith(model.suggestions().get(0).technique() + "  \u00b7  ");
    }

    @Test
    void writing_files_writes_what_ksc_generate_writes(@TempDir Path folder) throws Exception {
        // given the demo model in the window
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));
        // when its files are written from the window, and by the command line
        model.writeFiles(folder.resolve("window"));
        int code = Cli.run(new String[] {"generate", "sample-models/ksc-kubecon-2024.json", "-o",
                folder.resolve("cli").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        // then both folders hold the same files, byte for byte
        assertThat(code).isZero();
        assertThat(model.writtenProperty().get()).startsWith("Wrote ").contains("trip-wires to " + folder.resolve("window"));
        List<Path> written;
        try (Stream<Path> files = Files.walk(folder.resolve("cli"))) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).isNotEmpty();
        for (Path file : written) {
            Path mine = folder.resolve("window").resolve(folder.resolve("cli").relativize(file));
            assertThat(mine).as(mine.toString()).hasSameBinaryContentAs(file);
        }
    }

    @Test
    void writing_into_a_folder_that_is_not_empty_writes_nothing_and_says_so(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("keep.txt"), "mine");
        HoneyclusterViewModel model = model(new TreeDocument(kubecon()));
        model.writeFiles(folder);
        assertThat(model.writtenProperty().get()).startsWith("Nothing written to " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(folder.resolve("keep.txt"));
        }
    }

    @Test
    void cancel_drops_a_running_preview_and_the_next_edit_compiles_again() throws Exception {
        // given a preview whose compile is stuck on real threads
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger compiles = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (io.stormcenter.workbench.ui.background.FxStandIn fx = new io.stormcenter.workbench.ui.background.FxStandIn()) {
            io.stormcenter.workbench.ui.background.TaskLane lane =
                    io.stormcenter.workbench.ui.background.TaskLane.immediate(worker, fx::execute);
            TreeDocument document = new TreeDocument(kubecon());
            HoneyclusterViewModel model = fx.call(() -> new HoneyclusterViewModel(document, selected, lane, lane, tree -> {
                compiles.incrementAndGet();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return HoneyclusterViewModel.preview(tree);
            }));
            fx.awaitTrue(() -> model.busyProperty().get(), java.time.Duration.ofSeconds(5));
            // busy shows before the task starts: wait until the compile runs, or Cancel drops it unstarted
            fx.awaitTrue(() -> compiles.get() == 1, java.time.Duration.ofSeconds(5));
            // when Cancel is pressed and the compile finishes afterwards
            fx.call(() -> {
                model.cancel();
                return null;
            });
            release.countDown();
            fx.awaitTrue(() -> !model.busyProperty().get(), java.time.Duration.ofSeconds(5));
            Thread.sleep(200);
            // then its result is not shown, and the tab says how to get a preview
            assertThat(fx.call(() -> model.previewProperty().get())).isNull();
            assertThat(fx.call(() -> model.statusProperty().get())).isEqualTo(HoneyclusterViewModel.STOPPED_PREVIEW);
            // and the next edit compiles and shows again
            fx.call(() -> document.apply(t -> t.withNode(t.root().withNotes("again"))));
            fx.awaitTrue(() -> model.previewProperty().get() != null, java.time.Duration.ofSeconds(10));
            assertThat(compiles.get()).isEqualTo(2);
        } finally {
            worker.shutdownNow();
        }
    }
}
