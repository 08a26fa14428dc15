package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan ships the sensors' Helm values it needs, with the keys of the real charts, and says what stays blind. */
class SensorSettingsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static HoneyclusterPlan kubecon() throws Exception {
        return new HoneyclusterCompiler().compile(TreeFiles.read(Path.of("sample-models/ksc-kubecon-2024.json")).tree(),
                CompileOptions.seeded(5));
    }

    @Test
    void falco_values_turn_on_json_with_the_matchers_fields_and_carry_the_plans_rules() throws Exception {
        HoneyclusterPlan plan = kubecon();

        JsonNode values = YAML.readTree(plan.files().get(SensorSettings.FALCO_VALUES));

        assertThat(values.at("/falco/json_output").asBoolean()).isTrue();
        List<String> fields = new ArrayList<>();
        values.at("/falco/append_output").forEach(entry -> entry.path("extra_fields").forEach(f -> fields.add(f.asText())));
        assertThat(fields).containsExactly("k8s.ns.name", "k8s.pod.name", "container.id", "proc.pid", "proc.ppid",
                "proc.exepath", "user.name");
        String rulesFile = plan.files().keySet().stream().filter(f -> f.endsWith("-rules.yaml")).findFirst().orElseThrow();
        assertThat(values.at("/customRules").get(rulesFile).asText()).isEqualTo(plan.files().get(rulesFile));
    }

    @Test
    void falco_values_use_keys_the_real_chart_has() throws Exception {
        JsonNode chart = YAML.readTree(SharedFixtures.file("helm/falco-values.yaml").toFile());
        JsonNode values = YAML.readTree(kubecon().files().get(SensorSettings.FALCO_VALUES));

        values.fieldNames().forEachRemaining(key -> assertThat(chart.has(key)).as(key).isTrue());
        values.get("falco").fieldNames().forEachRemaining(key -> assertThat(chart.get("falco").has(key)).as(key).isTrue());
    }

    @Test
    void tetragon_values_keep_host_events_only_when_a_trip_wire_watches_the_host_and_keep_stdout_export()
            throws Exception {
        JsonNode chart = YAML.readTree(SharedFixtures.file("helm/tetragon-values.yaml").toFile());
        JsonNode values = YAML.readTree(kubecon().files().get(SensorSettings.TETRAGON_VALUES));

        assertThat(chart.at("/tetragon").has("exportDenyList")).isTrue();
        assertThat(chart.at("/export").has("mode")).isTrue();
        assertThat(values.at("/export/mode").asText()).isEqualTo("stdout");
        assertThat(values.at("/tetragon/exportDenyList").asText()).contains("kube-system").doesNotContain("\"\"");
        assertThat(SensorSettings.tetragonValues("d", false)).contains("[\"\", \"cilium\", \"kube-system\"]");
    }

    @Test
    void the_readme_gives_the_exact_helm_commands_and_names_the_blind_trip_wires() throws Exception {
        HoneyclusterPlan plan = kubecon();

        String readme = new PlanWriter().render(plan).get("README.md");

        assertThat(SensorSettings.releases(plan)).containsExactly(HelmRelease.FALCO, HelmRelease.TETRAGON);
        assertThat(readme).contains("helm upgrade --install falco falcosecurity/falco --namespace falco"
                + " --create-namespace --reuse-values -f falco-values.yaml")
                .contains("helm upgrade --install tetragon cilium/tetragon --namespace kube-system")
                .contains("`tw-ssh-terminal`")
                .containsPattern("cluster-wide trip-wires stay blind: `tw-key-[a-z]+`");
    }
}
