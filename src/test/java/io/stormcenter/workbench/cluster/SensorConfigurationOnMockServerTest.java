package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.SensorSettings;
import io.stormcenter.workbench.testing.SharedFixtures;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status says when an installed sensor is configured so that a trip-wire of the deployment cannot fire. */
@EnableKubernetesMockClient(crud = true)
class SensorConfigurationOnMockServerTest {

    static KubernetesClient client;

    private static DaemonSet daemonSet(String namespace, String name, String... containers) {
        var spec = new DaemonSetBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec();
        Arrays.stream(containers).forEach(c -> spec.addNewContainer().withName(c).withImage("sensor").endContainer());
        return spec.endSpec().endTemplate().endSpec().build();
    }

    private static void configMap(String namespace, String name, Map<String, String> data) {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
                .withNamespace(namespace).endMetadata().withData(data).build()).createOr(c -> c.update());
    }

    private DeploymentRecord deployedKubecon(HoneyclusterDeployer deployer) {
        HoneyclusterPlan plan = SamplePlans.compiled("ksc-kubecon-2024.json", 5);
        return deployer.deploy(deployer.prepare(plan), new DeployRequest("hash", null, false), new MemoryRecordStore(),
                DeployProgress.silent()).record();
    }

    @Test
    void a_default_falco_and_tetragon_are_reported_with_the_trip_wires_they_blind_and_the_plans_values_silence_it() {
        HoneyclusterDeployer deployer = MockClusters.deployer(client, "kind-dev", Clock.systemUTC());
        DeploymentRecord record = deployedKubecon(deployer);
        client.apps().daemonSets().inNamespace("falco").resource(daemonSet("falco", "falco", "falco")).create();
        configMap("falco", "falco", Map.of("falco.yaml", "json_output: false\nappend_output:\n- suggested_output: true\n"));
        configMap("falco", "falco-rules", Map.of());
        client.apps().daemonSets().inNamespace("kube-system").resource(daemonSet("kube-system", "tetragon", "tetragon"))
                .create();
        configMap("kube-system", "tetragon-config", Map.of("export-denylist", SensorSettings.TETRAGON_DEFAULT_DENY));

        DeploymentStatus before = deployer.status(record);

        assertThat(before.sensors().notes()).anySatisfy(n -> assertThat(n)
                        .startsWith("Falco falco/falco prints plain text (json_output is not true) (blind: ")
                        .contains("tw-ssh-terminal").endsWith("apply falco-values.yaml)"))
                .anySatisfy(n -> assertThat(n).startsWith("Falco falco/falco does not append k8s.ns.name"))
                .anySatisfy(n -> assertThat(n).startsWith("Falco falco/falco does not load the plan's rules"))
                .anySatisfy(n -> assertThat(n).startsWith("Tetragon kube-system/tetragon has no export-stdout container"))
                .anySatisfy(n -> assertThat(n).startsWith("Tetragon kube-system/tetragon drops host events")
                        .contains("tw-key-cat"));
        assertThat(before.lines()).anySatisfy(l -> assertThat(l).startsWith("  Falco falco/falco prints plain text"));

        configMap("falco", "falco", Map.of("falco.yaml", "json_output: true\nappend_output:\n- extra_fields:\n"
                + "  - k8s.ns.name\n  - k8s.pod.name\n"));
        configMap("falco", "falco-rules", Map.of(SensorSettings.falcoRulesFile(record.id()), "- rule: x\n"));
        client.apps().daemonSets().inNamespace("kube-system").withName("tetragon").delete();
        client.apps().daemonSets().inNamespace("kube-system")
                .resource(daemonSet("kube-system", "tetragon", "tetragon", "export-stdout")).create();
        configMap("kube-system", "tetragon-config", Map.of("export-denylist",
                "{\"health_check\":true}\n{\"namespace\":[\"cilium\", \"kube-system\"]}"));

        assertThat(deployer.status(record).sensors().notes()).isEmpty();
    }

    @Test
    void a_deny_list_drops_the_host_only_through_a_namespace_filter_of_its_own() {
        assertThat(SensorConfiguration.dropsHost(SensorSettings.TETRAGON_DEFAULT_DENY)).isTrue();
        assertThat(SensorConfiguration.dropsHost("{\"health_check\":true}\n{\"namespace\":[\"kube-system\"]}")).isFalse();
        assertThat(SensorConfiguration.dropsHost("{\"namespace\":[\"\"],\"binary_regex\":[\"^/usr/bin/true$\"]}"))
                .as("a filter narrowed by another field drops only some host events").isFalse();
    }

    @Test
    void the_charts_default_allow_list_exports_kprobes_and_an_exec_only_one_blinds_every_tetragon_trip_wire()
            throws Exception {
        // given the chart's own default (cilium/tetragon install/kubernetes/tetragon/values.yaml, 4fbfe2d)
        String chartDefault = new ObjectMapper(new YAMLFactory()).readTree(SharedFixtures.file("helm/tetragon-values.yaml")
                .toFile()).path("tetragon").path("exportAllowList").asText();
        HoneyclusterDeployer deployer = MockClusters.deployer(client, "kind-dev", Clock.systemUTC());
        DeploymentRecord record = deployedKubecon(deployer);
        // a release named "tetragon-edge": the chart names its ConfigMap tetragon-edge-config and mounts it
        // as the tetragon-config volume (install/kubernetes/tetragon/templates/daemonset.yaml)
        client.apps().daemonSets().inNamespace("cilium").resource(new DaemonSetBuilder(
                daemonSet("cilium", "tetragon-edge", "tetragon", "export-stdout")).editSpec().editTemplate().editSpec()
                .addNewVolume().withName("tetragon-config").withNewConfigMap().withName("tetragon-edge-config")
                .endConfigMap().endVolume().endSpec().endTemplate().endSpec().build()).create();
        configMap("cilium", "tetragon-edge-config", Map.of("export-allowlist", chartDefault));
        assertThat(SensorConfiguration.allowsKprobes(chartDefault)).isTrue();
        assertThat(deployer.status(record).sensors().notes())
                .noneSatisfy(n -> assertThat(n).contains("cilium/tetragon-edge"));

        // when the operator exports process executions only
        configMap("cilium", "tetragon-edge-config", Map.of("export-allowlist", "{\"event_set\":[\"PROCESS_EXEC\"]}"));

        // then
        assertThat(deployer.status(record).sensors().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("Tetragon cilium/tetragon-edge exports no kprobe events (export-allowlist names event_sets without"
                        + " PROCESS_KPROBE) (blind: ").contains("tw-sshd-accept", "tw-key-cat"));
        assertThat(SensorConfiguration.allowsKprobes("")).as("an empty allow list lets everything out").isTrue();
        assertThat(SensorConfiguration.allowsKprobes("{\"event_set\":[\"PROCESS_EXEC\"]}\n{\"namespace\":[\"x\"]}"))
                .as("one line without event_set lets kprobes out").isTrue();
        // the mock server's objects outlive the test: the other tests see no second Tetragon
        client.apps().daemonSets().inNamespace("cilium").withName("tetragon-edge").delete();
    }
}
