package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The window with a generated 2,000-node tree, headless (Monocle, software rendering):
 * opening the model until the first frame is laid out (target < 1.5 s), and re-rendering after
 * one edit, including the outline, problems and inspector that follow the tree (target < 50 ms).
 * {@code mvn -Pbench test-compile exec:exec -Djmh.args="CanvasBenchmark -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Dheadless.geometry=1440x900-32"})
public class CanvasBenchmark {

    private Path model;
    private WorkbenchWindow window;
    private int edits;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path dir = Files.createTempDirectory("ksc-bench");
        model = dir.resolve("generated-2000.json");
        TreeFiles.write(DemoTrees.generated(2000, 7), model);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        window = onFx(() -> {
            Stage stage = new Stage();
            WorkbenchWindow w = new WorkbenchWindow(stage, new WorkbenchHome(dir), null, s -> new ScriptedDialogs(),
                    false, 1440, 900);
            stage.show();
            return w;
        });
        onFx(() -> {
            window.editor().select(null);
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        onFx(() -> {
            window.shutdown();
            return null;
        });
        Platform.exit();
    }

    /** Read the file, put it in the window, lay out and render the first frame. */
    @Benchmark
    public int openGenerated2000() throws Exception {
        AttackTree tree = TreeFiles.read(model).tree();
        return onFx(() -> {
            window.document().load(tree, model);
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return window.canvas().shownCardCount();
        });
    }

    /** Rename the selected node and render the next frame (canvas, outline, problems, inspector). */
    @Benchmark
    public int renderAfterOneEdit() throws Exception {
        int n = edits++;
        return onFx(() -> {
            String id = window.document().tree().rootId();
            if (!id.equals(window.editor().primary())) {
                window.editor().select(id);
            }
            window.editor().rename(id, "Generated goal, edit " + n);
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return window.canvas().shownCardCount();
        });
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
