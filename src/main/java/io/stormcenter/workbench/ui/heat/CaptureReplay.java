package io.stormcenter.workbench.ui.heat;

import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.FileReplay;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ReplaySpeed;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plays a recorded capture into a temporary store, matched against the plan {@code generate}
 * makes for the tree (seed 1, as the demo capture was recorded), and hands back what was stored;
 * the store is deleted afterwards. What "Replay demo capture" runs in the background.
 */
public final class CaptureReplay {

    /** The demo capture shipped beside the sample models. */
    public static final String DEMO_CAPTURE = "ksc-kubecon-2024.capture.jsonl";
    public static final String DEMO_MODEL = "ksc-kubecon-2024.json";

    private CaptureReplay() {
    }

    /** The observations of the capture, as a store holds them. */
    public static List<Observation> replay(AttackTree tree, Path capture) throws IOException, InterruptedException {
        io.stormcenter.workbench.honeycluster.TripwireIndex index;
        try {
            index = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1)).index();
        } catch (io.stormcenter.workbench.honeycluster.PlanRefusedException e) {
            throw new IOException("the tree compiles to no plan: " + e.getMessage(), e);
        }
        Path folder = Files.createTempDirectory("ksc-replay");
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("replay.db")))) {
            BatchResult result = new FileReplay(new Ingestion(store, index, Clock.systemUTC()), ReplaySpeed.parse("max"))
                    .replay(capture);
            if (result.read() == 0) {
                throw new IOException(capture.getFileName() + " holds no sensor events");
            }
            return store.find(ObservationQuery.all());
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
