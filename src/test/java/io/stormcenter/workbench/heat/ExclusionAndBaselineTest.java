package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExclusionAndBaselineTest {

    private static final SessionRules RULES = SessionRules.defaults(List.of("admin@workbench"));

    @Test
    void the_platforms_identities_and_the_workbenchs_status_reads_make_no_heat() {
        // given the kubelet fetching the honeytoken to mount it, the workbench's status read (both already
        // excluded by telemetry), unmatched requests by the controller manager and the workbench, and the API
        // server's own informer listing the honeytoken (its loopback identity, seen on a real kube-apiserver)
        ObservationStream stream = new ObservationStream()
                .excluded(0, "system:node:worker-1", "f")
                .excluded(1, "admin@workbench", "f")
                .audit(2, "system:kube-controller-manager", "203.0.113.1", null)
                .audit(3, "system:serviceaccount:kube-system:replicaset-controller", "203.0.113.1", "a")
                .audit(4, "admin@workbench", "203.0.113.1", "b")
                .audit(5, "system:apiserver", "127.0.0.1", "f");

        // when
        SessionTracker tracker = SessionTracker.of(HeatTrees.gates(), RULES, stream.all());

        // then nothing is reached, and every one of them is counted as excluded
        Heat heat = tracker.heat(TimeWindow.ALL);
        assertThat(heat.sessions()).isZero();
        assertThat(heat.edges()).isEmpty();
        assertThat(heat.excluded()).isEqualTo(6);
    }

    @Test
    void excluded_identities_do_not_join_attackers_either() {
        // given two attackers who each share a public address with the workbench
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "203.0.113.7", "a")
                .audit(1, "admin@workbench", "203.0.113.7", null).audit(2, "eve", "203.0.113.7", "b");

        // when / then mallory and eve join only by their own shared address
        assertThat(SessionTracker.of(HeatTrees.gates(), RULES, stream.all()).sessions()).singleElement()
                .satisfies(s -> assertThat(s.observations()).hasSize(2));
    }

    @Test
    void activity_learned_in_the_baseline_window_is_suppressed_and_counted() {
        // given a deploy at minute 0, the workload's probe reading its secret and a process in the first 15 minutes
        ObservationStream learning = new ObservationStream()
                .audit(2, "system:serviceaccount:payments-prod:ledger", "10.244.0.5", "f")
                .process(3, "exec-probe", "exec-init", "ledger-7d9f", "containerd://c1", "/bin/healthcheck", "a");
        TimeWindow window = Baseline.windowAfter(ObservationStream.at(0), Baseline.DEFAULT_LEARNING);
        Baseline baseline = Baseline.learn(learning.all(), window, RULES);
        // and later the same probe again, and an attacker's different request
        ObservationStream later = new ObservationStream()
                .audit(40, "system:serviceaccount:payments-prod:ledger", "10.244.0.5", "f")
                .process(41, "exec-probe-2", "exec-init", "ledger-7d9f", "containerd://c1", "/bin/healthcheck", "a")
                .audit(42, "mallory", "203.0.113.7", "get", "secrets/payments-prod/ledger-api-key", "f",
                        io.stormcenter.workbench.telemetry.Outcome.COUNTED, java.util.Map.of());

        // when
        SessionTracker tracker = SessionTracker.of(HeatTrees.gates(), RULES.withBaseline(baseline), later.all());

        // then the baseline's two are suppressed and counted, the attacker's request makes the heat
        Heat heat = tracker.heat(TimeWindow.ALL);
        assertThat(baseline.activities()).hasSize(2);
        assertThat(heat.suppressed()).isEqualTo(2);
        assertThat(heat.sessions()).isEqualTo(1);
        assertThat(heat.edges()).containsExactly(new HeatEdge("goal", "f", 1));
    }

    @Test
    void a_baseline_learns_only_inside_its_window() {
        // given activity before and after the learning window
        ObservationStream stream = new ObservationStream().audit(20, "mallory", "203.0.113.7", "a");

        // when
        Baseline baseline = Baseline.learn(stream.all(),
                Baseline.windowAfter(ObservationStream.at(0), Duration.ofMinutes(15)), RULES);

        // then
        assertThat(baseline.isEmpty()).isTrue();
    }
}
