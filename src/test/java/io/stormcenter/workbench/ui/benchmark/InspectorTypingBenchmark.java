package io.stormcenter.workbench.ui.benchmark;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.ui.WorkbenchWindow;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.TextField;
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
 * Typing a node's label in the inspector with a generated 2,000-node tree open, headless
 * (Monocle, software rendering). One invocation is one keystroke: the character goes into the
 * label field and the window is laid out again (canvas, outline, problems, inspector follow the
 * tree), including any work the FX thread still had queued from the keystrokes before (analysis
 * and honeycluster results). Keystrokes come at a typist's pace (80 ms apart, not measured); after
 * 30 characters the label starts over. Target: every keystroke under 50 ms, so read the sample
 * mode's p1.00 (the slowest keystroke), not only the mean.
 * {@code mvn -Pbench test-compile exec:exec -Djmh.args="InspectorTypingBenchmark -f 1 -wi 1 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Dheadless.geometry=1440x900-32"})
public class InspectorTypingBenchmark {

    private static final String TYPED = "Exfiltrate secrets via sidecar"; // 30 characters
    private static final String START = "Generated goal";
    private static final long TYPIST_PAUSE_MILLIS = 80;

    private WorkbenchWindow window;
    private TextField label;
    private int typed;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path dir = Files.createTempDirectory("ksc-bench");
        AttackTree tree = DemoTrees.generated(2000, 7);
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
            window.document().load(tree, null);
            return null;
        });
        onFx(() -> {
            window.editor().select(tree.rootId());
            window.selectRightTab("tab-inspector");
            return null;
        });
        label = onFx(() -> (TextField) window.scene().lookup("#field-label"));
        Thread.sleep(3000); // the first analysis and compile of the tree are not typing
    }

    @Setup(Level.Invocation)
    public void betweenKeystrokes() throws Exception {
        if (typed == TYPED.length()) {
            typed = 0;
            onFx(() -> {
                label.setText(START);
                return null;
            });
        }
        Thread.sleep(TYPIST_PAUSE_MILLIS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        onFx(() -> {
            window.shutdown();
            return null;
        });
        Platform.exit();
    }

    /** One keystroke into the label field, and the window laid out again. */
    @Benchmark
    public int typeOneCharacter() throws Exception {
        char next = TYPED.charAt(typed++);
        return onFx(() -> {
            label.insertText(label.getLength(), String.valueOf(next));
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
        return result.get(5, TimeUnit.MINUTES);
    }
}
