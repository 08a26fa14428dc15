package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.sensor.Fixtures;
import io.stormcenter.workbench.sensor.KubescapeAlertReader;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.format.TreeFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kubescape alerts through the one ingestion path: matched, normalised, and the same alert twice stored once. */
class KubescapeIngestionTest {

    @TempDir
    Path folder;

    @Test
    void a_kubescape_alert_is_stored_matched_with_its_process_and_a_redelivery_adds_nothing() throws Exception {
        // given the KubeCon sample with a Kubescape trip-wire on its Kubernetes-client step
        AttackTree tree = TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree();
        String leaf = "upload-kubectl";
        List<Tripwire> tripwires = new ArrayList<>(tree.node(leaf).tripwires());
        tripwires.add(new Tripwire("tw-ks-curl", TripwireKind.KUBESCAPE, Map.of("rule", "R0001", "exec", "/usr/bin/curl")));
        tree = tree.withNode(tree.node(leaf).withTripwires(tripwires));
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(42));
        String line = Fixtures.text("kubescape-alerts.jsonl").lines().findFirst().orElseThrow()
                .replace("ksc-kubecon-2024", plan.namespace());
        try (JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("o.db")))) {
            Ingestion ingestion = new Ingestion(store, plan.index(), Clock.systemUTC());

            // when the alert arrives twice, once as text and once already parsed
            BatchResult first = ingestion.ingest(new EventBatch("cluster",
                    List.of(new RawEvent(SensorKind.KUBESCAPE, line, "node-agent@1"))));
            BatchResult again = ingestion.ingest(new EventBatch("kafka:kubescape",
                    List.of(RawEvent.parsed(new KubescapeAlertReader().read(line), line, "kubescape-0@7"))));

            // then it is one counted observation of the trip-wire, with the pod and process that acted
            assertThat(first.stored()).isEqualTo(1);
            assertThat(first.matched()).isEqualTo(1);
            assertThat(again.known()).isEqualTo(1);
            Observation observation = store.find(ObservationQuery.all()).get(0);
            assertThat(observation.source()).isEqualTo(SensorKind.KUBESCAPE);
            assertThat(observation.tripwireId()).isEqualTo("tw-ks-curl");
            assertThat(observation.nodeId()).isEqualTo(leaf);
            assertThat(observation.actor().pod()).isEqualTo("ssh-proxy-7d9c5b6f48-q2x7k");
            assertThat(observation.actor().binary()).isEqualTo("/usr/bin/curl");
            assertThat(observation.object()).isEqualTo("/usr/bin/curl");
        }
    }
}
