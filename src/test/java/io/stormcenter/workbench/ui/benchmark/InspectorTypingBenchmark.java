package io.stormcenter.workbench.ui.benchmark;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.DemoTrees;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.ui.WorkbenchWindow;
import io.stormcenter.workbench.ui.files.WorkbenchHome;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Typing a node's label in the inspector with a generated 2,000-node tree open, headless
 * (Monocle, software rendering). One invocation is one keystroke: the character goes into the
 * label field and the next pulse styles and lays out the window (canvas, outline, problems,
 * inspector follow the tree), including any work the FX thread still had queued from the
 * keystrokes before (analysis and honeycluster results). Rendering the frame happens on the render
 * thread and is not counted. Keystrokes come at a typist's pace (80 ms apart, not measured); after
 * 30 characters the label starts over. Target: every keystroke under 50 ms, so read the sample
 * mode's p1.00 (the slowest keystroke), not only the mean. JMH's time includes waking the benchmark
 * thread. A typist also hesitates: with {@code hesitateEvery} 10, every tenth pause is 600 ms, long
 * enough for the validation, the analysis and the plan preview that wait for a pause to run and show
 * their results, so the keystroke after it meets whatever of that work the FX thread still has. The
 * run also prints, when it ends, the same interval as the FX thread sees it (keystroke
 * posted to frame laid out). On a loaded machine wall-clock time mostly measures waiting for a core,
 * so it prints the FX thread's own CPU time per keystroke too (what the keystroke costs, whatever else
 * runs), and per keystroke cycle (everything the FX thread did from one keystroke to the next,
 * results of background work included), the render thread's CPU per cycle (Prism's software pipeline
 * here: it paints what the keystroke made dirty after the frame is laid out, and the next pulse waits
 * for it) and the garbage collectors' time during the measured keystrokes.
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
    private static final long HESITATION_MILLIS = 600;

    /** Every how many keystrokes the typist hesitates (0: never). */
    @Param({"0", "10"})
    public int hesitateEvery;
    private int keystrokes;

    private WorkbenchWindow window;
    private TextField label;
    private int typed;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> cpuNanos = new ArrayList<>();
    private final List<Long> frameNanos = new ArrayList<>();
    private final List<Long> cycleCpuNanos = new ArrayList<>();
    private final List<Long> renderCycleNanos = new ArrayList<>();
    private long renderThreadId = -1;
    /** FX and render thread CPU when the last measured keystroke began, or -1 after a label reset. */
    private long lastFxCpu = -1;
    private long lastRenderCpu = -1;
    private long gcMillis;
    private long gcCount;
    private boolean measuring;

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path dir = Files.createTempDirectory("ksc-bench");
        AttackTree tree = DemoTrees.generated(2000, 7);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        window = OnFx.call(() -> {
            Stage stage = new Stage();
            WorkbenchWindow w = new WorkbenchWindow(stage, new WorkbenchHome(dir), null, s -> new ScriptedDialogs(),
                    false, 1440, 900);
            stage.show();
            return w;
        });
        OnFx.call(() -> {
            window.document().load(tree, null);
            return null;
        });
        OnFx.call(() -> {
            window.editor().select(tree.rootId());
            window.selectRightTab("tab-inspector");
            return null;
        });
        label = OnFx.call(() -> (TextField) window.scene().lookup("#field-label"));
        Thread.sleep(3000); // the first analysis and compile of the tree are not typing
        renderThreadId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
        lastFxCpu = -1;
        if (measuring) {
            gcMillis -= gcTotals()[0];
            gcCount -= gcTotals()[1];
        }
    }

    @TearDown(Level.Iteration)
    public void iterationEnd() {
        if (measuring) {
            gcMillis += gcTotals()[0];
            gcCount += gcTotals()[1];
        }
    }

    private static long[] gcTotals() {
        long millis = 0;
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
            count += Math.max(0, gc.getCollectionCount());
        }
        return new long[] {millis, count};
    }

    @Setup(Level.Invocation)
    public void betweenKeystrokes() throws Exception {
        if (typed == TYPED.length()) {
            typed = 0;
            lastFxCpu = -1; // the reset is no keystroke: the next cycle starts after it
            OnFx.call(() -> {
                label.setText(START);
                return null;
            });
        }
        keystrokes++;
        Thread.sleep(hesitateEvery > 0 && keystrokes % hesitateEvery == 0 ? HESITATION_MILLIS : TYPIST_PAUSE_MILLIS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        System.out.println(hesitateEvery == 0 ? "%nThe typist never hesitates".formatted()
                : "%nThe typist hesitates %d ms every %d keystrokes".formatted(HESITATION_MILLIS, hesitateEvery));
        print("Keystroke to laid-out frame, on the FX thread", frameNanos);
        print("FX thread CPU per keystroke (to the laid-out frame)", cpuNanos);
        print("FX thread CPU per keystroke cycle (all it did until the next keystroke)", cycleCpuNanos);
        print("Render thread CPU per keystroke cycle", renderCycleNanos);
        System.out.printf(Locale.ROOT, "Garbage collection during the measured keystrokes: %d collections, %d ms%n",
                gcCount, gcMillis);
        OnFx.call(() -> {
            window.shutdown();
            return null;
        });
        Platform.exit();
    }

    /**
     * One keystroke into the label field, until the pulse that shows it has styled and laid out the
     * window: the frame as the user waits for it. The pulse styles only what the keystroke made
     * dirty, as it does in the running window (calling {@code applyCss()} on the root instead would
     * restyle every node of the scene, which no real keystroke does).
     */
    @Benchmark
    public int typeOneCharacter() throws Exception {
        char next = TYPED.charAt(typed++);
        CompletableFuture<Integer> shown = new CompletableFuture<>();
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            long cpu = threads.getCurrentThreadCpuTime();
            long render = renderThreadId < 0 ? -1 : threads.getThreadCpuTime(renderThreadId);
            if (measuring && lastFxCpu >= 0) {
                cycleCpuNanos.add(cpu - lastFxCpu);
                if (render >= 0 && lastRenderCpu >= 0) {
                    renderCycleNanos.add(render - lastRenderCpu);
                }
            }
            lastFxCpu = cpu;
            lastRenderCpu = render;
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                window.scene().removePostLayoutPulseListener(afterLayout[0]);
                if (measuring) {
                    cpuNanos.add(threads.getCurrentThreadCpuTime() - cpu);
                    frameNanos.add(System.nanoTime() - posted);
                }
                shown.complete(window.canvas().shownCardCount());
            };
            window.scene().addPostLayoutPulseListener(afterLayout[0]);
            try {
                label.insertText(label.getLength(), String.valueOf(next));
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
            Platform.requestNextPulse();
        });
        return shown.get(5, TimeUnit.MINUTES);
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "%s over %d keystrokes: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    what, sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.9), percentile(sorted, 0.99),
                    sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
