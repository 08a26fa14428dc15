package io.stormcenter.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.ui.background.BackgroundWork;
import io.stormcenter.workbench.ui.background.FxStandIn;
import io.stormcenter.workbench.ui.document.TreeDocument;
import io.stormcenter.workbench.ui.files.RecentFiles;
import io.stormcenter.workbench.ui.files.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening files on the window's own reading thread, with a real thread in the FX thread's role. */
class LoadOnRealThreadsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final FxStandIn fx = new FxStandIn();
    private final BackgroundWork background = new BackgroundWork(fx::execute);
    private final TreeDocument document = new TreeDocument(TreeDocument.untitledTree());

    @AfterEach
    void stop() {
        background.close();
        fx.close();
    }

    private WorkbenchViewModel files() throws Exception {
        return fx.call(() -> new WorkbenchViewModel(document, new ScriptedDialogs(),
                new RecentFiles(dir.resolve("recent.txt")), new RecoveryStore(dir.resolve("recovery")),
                background.thread("io"), fx::execute, background.thread("timer"), dir.resolve("samples")));
    }

    @Test
    void a_file_opened_while_another_is_read_is_the_one_shown() throws Exception {
        // given two models
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        TreeFiles.write(DemoTrees.kubecon(), first);
        TreeFiles.write(DemoTrees.kubecon().withTitle("The second"), second);
        WorkbenchViewModel files = files();
        List<Path> shown = new CopyOnWriteArrayList<>();
        fx.call(() -> {
            document.fileProperty().addListener((obs, old, file) -> shown.add(file));
            return null;
        });

        // when both are opened at once
        fx.call(() -> {
            files.load(first);
            files.load(second);
            return null;
        });
        fx.awaitTrue(() -> !files.busyProperty().get(), WAIT);

        // then only the second was ever opened
        Thread.sleep(300);
        assertThat(shown).containsExactly(second.toAbsolutePath());
        assertThat(fx.call(() -> document.file())).isEqualTo(second.toAbsolutePath());
        assertThat(fx.call(() -> document.tree().title())).isEqualTo("The second");
    }

    @Test
    void a_broken_file_becomes_a_banner_and_the_window_is_not_left_busy() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":");
        WorkbenchViewModel files = files();

        fx.call(() -> {
            files.load(broken);
            return null;
        });
        fx.awaitTrue(() -> !files.busyProperty().get(), WAIT);

        Banner banner = fx.call(() -> files.bannerProperty().get());
        assertThat(banner).isNotNull();
        assertThat(banner.title()).isEqualTo("Could not open broken.json");
        assertThat(banner.kind()).isEqualTo(Banner.Kind.ERROR);
    }
}
