package io.stormcenter.workbench.telemetry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.sensor.Fixtures;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What of a node's Tetragon export the cluster source parses: the project's fixture of a kprobe
 * event (the raw export's shape), moved to other namespaces and hooks.
 */
class RelevantEventsTest {

    private static HoneyclusterPlan plan;
    private static String kprobe;

    @BeforeAll
    static void compileSample() throws Exception {
        plan = new HoneyclusterCompiler().compile(
                TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree(), CompileOptions.seeded(1));
        kprobe = Fixtures.text("tetragon-kprobe-raw.json").strip();
    }

    private static String moved(String namespace, String function) {
        return kprobe.replace("\"namespace\":\"ksc-demo\"", "\"namespace\":\"" + namespace + "\"")
                .replace("\"function_name\":\"security_file_permission\"", "\"function_name\":\"" + function + "\"")
                .replace("\"policy_name\":\"ksc-tw-read-sa-token\"", "\"policy_name\":\"other-team-policy\"");
    }

    @Test
    void a_line_of_a_hook_no_trip_wire_watches_in_another_namespace_is_passed_over_unparsed() {
        RelevantEvents relevant = new RelevantEvents(plan.namespace(), plan.index());
        String line = moved("payments-prod", "security_bprm_check");

        assertThat(relevant.mayMatter(line)).isFalse();
        // and rightly: parsed, the plan would not keep it
        assertThat(relevant.keep(new TetragonEventReader().read(line))).isFalse();
    }

    @Test
    void a_line_of_a_hook_watched_only_in_the_honey_namespace_is_passed_over_when_it_is_elsewhere() {
        RelevantEvents relevant = new RelevantEvents(plan.namespace(), plan.index());
        assertThat(plan.index().tetragonWatches()).contains(new TripwireIndex.TetragonWatch("fd_install", false,
                Set.of(plan.namespace())));
        String elsewhere = moved("payments-prod", "fd_install");

        assertThat(relevant.mayMatter(elsewhere)).isFalse();
        assertThat(relevant.keep(new TetragonEventReader().read(elsewhere))).isFalse();
        assertThat(relevant.mayMatter(moved(plan.namespace(), "fd_install"))).isTrue();
    }

    @Test
    void a_line_of_a_hook_watched_on_hosts_too_or_of_the_honey_namespace_is_parsed() {
        RelevantEvents relevant = new RelevantEvents(plan.namespace(), plan.index());
        assertThat(plan.index().tetragonWatches()).contains(new TripwireIndex.TetragonWatch("file_permission", true,
                Set.of(plan.namespace())));

        assertThat(relevant.mayMatter(moved("payments-prod", "security_file_permission"))).isTrue();
        assertThat(relevant.mayMatter(moved(plan.namespace(), "security_bprm_check"))).isTrue();
        assertThat(relevant.keep(new TetragonEventReader().read(moved(plan.namespace(), "security_bprm_check"))))
                .isTrue();
    }
}
