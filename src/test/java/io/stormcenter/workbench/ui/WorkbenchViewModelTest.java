package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.ui.dialog.SaveChoice;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.files.RecentFiles;
import io.stormcenter.workbench.ui.files.RecoveryStore;
import io.stormcenter.workbench.ui.files.SampleFolder;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import io.stormcenter.workbench.ui.panels.AnalysisRunner;
import io.stormcenter.workbench.ui.panels.AnalysisViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
    private WorkbenchViewModel files;

    private WorkbenchViewModel files() {
        if (files == null) {
            files = new WorkbenchViewModel(document, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                    new RecoveryStore(dir.resolve("recovery")), Runnable::run, Runnable::run, timer, dir.resolve("samples"));
        }
        return files;
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void a_broken_file_shows_where_it_is_broken_and_leaves_the_document_alone() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"ksc-attack-tree\",\n  \"nodes\": [ {\"id\": }\n]}\n");
        AttackTree before = document.tree();
        files().load(broken);
        assertThat(document.tree()).isSameAs(before);
        Banner banner = files().bannerProperty().get();
        assertThat(banner.kind()).isEqualTo(Banner.Kind.ERROR);
        assertThat(banner.text()).contains("broken.json:3:");
    }

    @Test
    void a_sample_opens_as_an_untitled_copy_and_save_asks_where_leaving_the_sample_as_shipped() throws Exception {
        // given a shipped sample
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Path sample = samples.resolve("demo.json");
        TreeFiles.write(DemoTrees.kubecon(), sample);
        String shipped = Files.readString(sample);
        // when it is opened and changed, then saved
        files().open(sample);
        assertThat(document.file()).as("not tied to the sample file").isNull();
        assertThat(files().recent().files()).isEmpty();
        assertThat(files().bannerProperty().get().title()).contains("copy of the sample demo.json");
        document.apply(t -> t.withNode(t.node("goal").withLabel("Mine now")));
        Path mine = dir.resolve("mine.json");
        dialogs.files.add(mine);
        assertThat(files().save()).isTrue();
        // then Save asked where, wrote there, and the sample is as shipped
        assertThat(dialogs.asked).contains("save-as MODEL");
        assertThat(TreeFiles.read(mine).tree().root().label()).isEqualTo("Mine now");
        assertThat(Files.readString(sample)).isEqualTo(shipped);
    }

    @Test
    void started_in_a_folder_without_samples_the_start_page_lists_the_bundled_ones_and_opens_them_as_copies()
            throws Exception {
        // given a window started in a folder that holds no sample-models
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path samples = SampleFolder.locate(elsewhere, new WorkbenchHome(dir.resolve("home"))).orElseThrow();
        WorkbenchViewModel started = new WorkbenchViewModel(document, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), Runnable::run, Runnable::run, timer, samples);

        // when the start page lists the samples and the user opens the KubeCon one
        var listed = started.sampleModels();
        started.open(samples.resolve("ksc-kubecon-2024.json"));

        // then all four are listed, and the one opened is an untitled copy of the shipped tree
        assertThat(listed).extracting(p -> p.getFileName().toString()).containsExactly("container-escape.json",
                "cryptomining.json", "ksc-kubecon-2024.json", "secret-theft.json");
        assertThat(document.file()).isNull();
        assertThat(document.tree()).isEqualTo(TreeFiles.read(Path.of("sample-models", "ksc-kubecon-2024.json")).tree());
        assertThat(started.bannerProperty().get().title()).contains("copy of the sample ksc-kubecon-2024.json");
    }

    @Test
    void save_as_writes_the_file_and_reopening_gives_an_equal_tree() throws Exception {
        document.load(DemoTrees.kubecon(), null);
        document.apply(t -> t.withNode(t.node("goal").withLabel("Changed")));
        Path target = dir.resolve("saved");
        dialogs.files.add(target);
        assertThat(files().save()).isTrue();
        Path written = dir.resolve("saved.json");
        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(written.toAbsolutePath());
        assertThat(files().titleProperty().get()).isEqualTo("saved.json \u2014 KSC Workbench");
        assertThat(TreeFiles.read(written).tree()).isEqualTo(document.tree());
        assertThat(files().recent().files()).containsExactly(written.toAbsolutePath());
    }

    @Test
    void the_title_marks_unsaved_changes() {
        document.load(DemoTrees.kubecon(), dir.resolve("k.json"));
        files();
        document.apply(t -> t.withTitle("x"));
        assertThat(files().titleProperty().get()).isEqualTo("\u25cf k.json \u2014 KSC Workbench");
    }

    @Test
    void closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
        files();
        document.apply(t -> t.withTitle("x"));
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        assertThat(files().requestClose()).isFalse();
        dialogs.saveAnswers.add(SaveChoice.DISCARD);
        assertThat(files().requestClose()).isTrue();
        assertThat(dialogs.asked).containsExactly("save the untitled tree", "save the untitled tree");
    }

    @Test
    void an_autosaved_copy_is_offered_after_a_crash_and_opens_unsaved() {
        files();
        AttackTree work = DemoTrees.kubecon().withTitle("unsaved work");
        files().autosave(work, dir.resolve("model.json"));
        TreeDocument restarted = new TreeDocument(TreeDocument.untitledTree());
        WorkbenchViewModel next = new WorkbenchViewModel(restarted, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), Runnable::run, Runnable::run, timer, null);
        dialogs.confirmAnswers.add(true);
        assertThat(next.offerRecovery()).isTrue();
        assertThat(restarted.tree()).isEqualTo(work);
        assertThat(restarted.isDirty()).isTrue();
        assertThat(restarted.file()).isEqualTo(dir.resolve("model.json").toAbsolutePath());
    }

    @Test
    void a_clean_close_removes_the_recovery_copy() {
        files();
        files().autosave(DemoTrees.kubecon(), null);
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isPresent();
        assertThat(files().requestClose()).isTrue();
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isEmpty();
    }

    @Test
    void svg_export_draws_every_card() throws Exception {
        document.load(DemoTrees.kubecon(), null);
        dialogs.files.add(dir.resolve("tree.svg"));
        files().exportSvg(WorkbenchViewModel.TreeLayoutSource.full(), BadgeDomain.PROBABILITY.cardTexts(),
                new AnalysisViewModel(document,
                        new AnalysisRunner(timer, Runnable::run, 0)));
        String svg = Files.readString(dir.resolve("tree.svg"));
        assertThat(svg).startsWith("<svg").contains("Steal apiserver.key").contains("Seccomp RuntimeDefault");
        assertThat(svg.split("<g id=\"card-", -1)).hasSize(8);
    }
}
