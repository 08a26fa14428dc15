package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matchers against the real payloads in {@code ../shared/fixtures}; skipped where absent, failed on CI. */
class RealEventsConformanceTest {

    private static Path fixture(String relative) {
        return SharedFixtures.file(relative);
    }

    private static HoneyclusterPlan plan(String namespace, Tripwire tripwire) throws Exception {
        AttackTree tree = AttackTree.single("real", "r", Node.attack("step", "s").withTripwires(List.of(tripwire)));
        return new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(1).withNamespace(namespace));
    }

    @Test
    void the_real_kprobe_event_fires_a_trip_wire_with_its_policy_and_namespace() throws Exception {
        String json = Files.readString(fixture("tetragon/kprobe-example.json"));
        HoneyclusterPlan plan = plan("cattle-system", DemoTree.tw("tw-sa", TripwireKind.TETRAGON,
                "function", "security_file_permission", "path", "/run/secrets/kubernetes.io/serviceaccount",
                "policy", "enumerate-service-account"));
        HoneyclusterPlan elsewhere = plan("ksc-honey", DemoTree.tw("tw-sa", TripwireKind.TETRAGON,
                "function", "security_file_permission", "policy", "enumerate-service-account"));

        assertThat(plan.index().match(new TetragonEventReader().read(json))).extracting(TripwireHit::tripwireId)
                .containsExactly("tw-sa");
        assertThat(elsewhere.index().match(new TetragonEventReader().read(json))).isEmpty();
    }

    @Test
    void the_real_exec_event_fires_an_exec_trip_wire_at_response_started() throws Exception {
        String json = Files.readString(fixture("audit/exec_pod.json"));
        HoneyclusterPlan plan = plan("ksc-honey", DemoTree.tw("tw-exec", TripwireKind.AUDIT,
                "verbs", "create", "resource", "pods", "subresource", "exec", "namespace", "default", "name", "nginx-deployment-*"));

        assertThat(plan.index().match(new AuditEventReader().read(json))).extracting(TripwireHit::outcome)
                .containsExactly(MatchOutcome.HIT);
    }

    @Test
    void the_real_secret_creation_is_not_a_read_of_a_honeytoken() throws Exception {
        String json = Files.readString(fixture("audit/create_secret.json"));
        HoneyclusterPlan plan = plan("default-honey", DemoTree.tw("tw-token", TripwireKind.HONEYTOKEN,
                "secret", "example-secret", "flavor", "generic"));

        assertThat(plan.index().match(new AuditEventReader().read(json))).isEmpty();
    }
}
