package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.files.RecentFiles;
import io.stormcenter.workbench.ui.files.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STIX in the window's file side: a bundle opens as an import, never as a file to save over. */
class StixFilesTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final TreeDocument document = new TreeDocument(TreeDocument.untitledTree());
    private WorkbenchViewModel files;

    @BeforeEach
    void start() {
        files = new WorkbenchViewModel(document, dialogs, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryStore(dir.resolve("recovery")), Runnable::run, Runnable::run, timer, dir.resolve("samples"));
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void a_stix_bundle_named_json_opens_as_an_import_and_save_asks_for_a_new_file() throws Exception {
        // given a bundle saved under a model's name
        Path bundle = Files.writeString(dir.resolve("intel.json"), """
                {"type": "bundle", "id": "bundle--intel", "objects": [
                  {"type": "attack-pattern", "id": "attack-pattern--a", "name": "Exec into the checkout pod"}]}
                """);
        String before = Files.readString(bundle);

        // when it is opened
        files.open(bundle);

        // then it was imported, and the banner lists what was odd
        assertThat(document.tree().root().label()).isEqualTo("Exec into the checkout pod");
        assertThat(document.file()).isNull();
        assertThat(files.bannerProperty().get().text()).contains("ids that are not type--UUID");

        // when it is saved
        Path model = dir.resolve("checkout.json");
        dialogs.files.add(model);
        boolean saved = files.save();

        // then Save asked where, and the bundle is untouched
        assertThat(saved).isTrue();
        assertThat(dialogs.asked).contains("save-as MODEL");
        assertThat(Files.readString(bundle)).isEqualTo(before);
        assertThat(TreeFiles.read(model).tree().root().label()).isEqualTo("Exec into the checkout pod");
    }

    @Test
    void export_stix_writes_a_bundle_that_opens_as_the_same_tree() throws Exception {
        document.load(DemoTrees.kubecon(), null);
        Path target = dir.resolve("kubecon");
        dialogs.files.add(target);

        files.exportStix();

        Path written = dir.resolve("kubecon.stix.json");
        assertThat(Files.readString(written)).contains("\"type\" : \"bundle\"");
        files.open(written);
        assertThat(document.tree()).isEqualTo(DemoTrees.kubecon());
        assertThat(document.file()).isNull();
    }
}
