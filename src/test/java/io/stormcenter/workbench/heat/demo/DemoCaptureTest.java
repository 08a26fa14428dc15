package io.stormcenter.workbench.heat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.HeatEdge;
import io.stormcenter.workbench.heat.LinkKind;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionLink;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.FileReplay;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ReplaySpeed;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCaptureTest {

    @Test
    void the_shipped_capture_is_what_the_seeded_generator_writes() throws Exception {
        // given / when
        String generated = String.join("\n", DemoCapture.lines(DemoCapture.SEED)) + "\n";

        // then (run DemoCapture.main to write it again after a change)
        assertThat(Files.readString(DemoCapture.SHIPPED, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void the_demo_capture_replays_into_the_heat_it_was_built_to_show(@TempDir Path dir) throws Exception {
        // given the demo model's plan as generate makes it, and the shipped capture replayed into a fresh store
        AttackTree tree = TreeFiles.read(DemoCapture.MODEL).tree();
        var index = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1)).index();
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(dir.resolve("demo.db")))) {
            BatchResult replayed = new FileReplay(new Ingestion(store, index, Clock.systemUTC()), ReplaySpeed.parse("max"))
                    .replay(DemoCapture.SHIPPED);
            assertThat(replayed.malformed()).isEmpty();

            // when
            ObservedHeat observed = ObservedHeat.compute(store, tree, SessionRules.defaults(List.of()), TimeWindow.ALL);

            // then six attackers: two only log in, one stops after the token, one after uploading kubectl and
            // creating the volume, one goes through kubectl logs, one escapes to the node
            assertThat(observed.heat().sessions()).isEqualTo(6);
            assertThat(observed.heat().edges()).containsExactly(
                    new HeatEdge("steal-apiserver-key", "via-logs", 1),
                    new HeatEdge("steal-apiserver-key", "via-node-escape", 1),
                    new HeatEdge("via-logs", "ssh-bait", 6),
                    new HeatEdge("via-logs", "read-sa-token", 4),
                    new HeatEdge("via-logs", "use-k8s-client", 3),
                    new HeatEdge("via-logs", "hostpath-pv", 3),
                    new HeatEdge("via-logs", "symlink-key", 1),
                    new HeatEdge("via-logs", "kubectl-logs", 1),
                    // the kubectl uploader's pod list with the canary token fires the in-image client's trip-wire too
                    new HeatEdge("use-k8s-client", "client-in-image", 3),
                    new HeatEdge("use-k8s-client", "upload-kubectl", 1),
                    // the log reader's pod with the hostPath volume is scheduled like the escaper's
                    new HeatEdge("via-node-escape", "schedule-on-control-plane", 2),
                    new HeatEdge("via-node-escape", "privileged-nsenter", 1),
                    new HeatEdge("via-node-escape", "read-key-on-node", 1));
            // the kubelet and the endpoint controller at work
            assertThat(observed.heat().excluded()).isEqualTo(31);
            Session escaper = observed.sessions().get(4);
            assertThat(escaper.reachedIds()).endsWith("via-node-escape", "steal-apiserver-key");
            assertThat(escaper.links()).extracting(SessionLink::kind)
                    .contains(LinkKind.LINEAGE, LinkKind.POD, LinkKind.IDENTITY);
            assertThat(escaper.links()).extracting(SessionLink::explanation)
                    .contains("joined by pod inventory-live/node-debugger");
        }
    }
}
