package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HoneyclusterCompilerTest {

    private final HoneyclusterCompiler compiler = new HoneyclusterCompiler();

    private HoneyclusterPlan demo(long seed) throws PlanRefusedException {
        return compiler.compile(DemoTree.tree(), CompileOptions.seeded(seed));
    }

    @Test
    void the_plan_lives_in_the_covers_namespace_with_the_namespace_first_and_its_label_on_every_object()
            throws Exception {
        HoneyclusterPlan plan = demo(42);
        Cover cover = Cover.of(DemoTree.tree().id(), 42);

        assertThat(plan.namespace()).isEqualTo(cover.namespace()).startsWith(cover.application() + "-");
        assertThat(plan.label()).isEqualTo(cover.label());
        assertThat(plan.objects().get(0).getKind()).isEqualTo("Namespace");
        assertThat(plan.seed()).isEqualTo(42);
        for (HasMetadata object : plan.objects()) {
            assertThat(object.getMetadata().getLabels()).as(HoneyclusterPlan.key(object))
                    .containsEntry(plan.label().key(), plan.label().value())
                    .containsEntry("app.kubernetes.io/part-of", cover.application())
                    .allSatisfy((key, value) -> assertThat(TellTales.in(key + "=" + value)).isEmpty());
            if (!object.getKind().equals("TracingPolicy") && !object.getKind().equals("Namespace")) {
                assertThat(object.getMetadata().getNamespace()).isEqualTo(plan.namespace());
            }
        }
        assertThat(plan.index().entry("tw-aws").orElseThrow().objects()).contains("Secret/aws-billing-export");
    }

    @Test
    void every_generated_object_deserialises_with_fabric8_model_classes() throws Exception {
        KubernetesSerialization serialization = new KubernetesSerialization();
        for (HasMetadata object : demo(1).objects()) {
            String yaml = PlanWriter.yaml(object);
            KubernetesResource back = serialization.unmarshal(yaml);
            assertThat(back).as(HoneyclusterPlan.key(object)).isInstanceOf(HasMetadata.class);
            if (!object.getApiVersion().startsWith("cilium.io")) {
                assertThat(back).as(HoneyclusterPlan.key(object)).isNotInstanceOf(GenericKubernetesResource.class);
            }
            assertThat(((HasMetadata) back).getMetadata().getName()).isEqualTo(object.getMetadata().getName());
        }
    }

    @Test
    void the_demo_covers_every_step_of_the_ksc_path_and_the_behaviours_its_policies_watch() throws Exception {
        HoneyclusterPlan plan = demo(3);

        for (String step : DemoTree.DEMO_STEPS) {
            assertThat(plan.index().forNode(step)).as(step).isNotEmpty();
        }
        List<Map<String, Object>> kprobes = plan.objects().stream()
                .filter(o -> o instanceof GenericKubernetesResource)
                .map(o -> (GenericKubernetesResource) o)
                .map(p -> (Map<String, Object>) ((List<?>) ((Map<?, ?>) p.getAdditionalProperties().get("spec")).get("kprobes")).get(0))
                .map(k -> (Map<String, Object>) k).toList();
        assertThat(kprobes).extracting(k -> k.get("call")).contains(
                "inet_csk_accept",           // 1 SSH connection accepted by sshd
                "sys_execve",                // 1 sshd spawns a shell; 4 scp/sftp-server
                "security_file_permission",  // 2 SA token read; 5 Kubernetes client library; 7 apiserver.key read
                "tcp_connect",               // 2 calls to the API server
                "fd_install",                // 3 enumeration tools
                "sys_symlinkat");            // 6 symlink to apiserver.key
        assertThat(json(plan, "tw-ssh-shell")).contains("\"/bin/sh\"", "\"/usr/sbin/sshd\"");
        assertThat(json(plan, "tw-ssh")).as("the bait's accept, by the default image's server or the demo image's")
                .contains("\"/usr/sbin/sshd.pam\"", "\"/usr/sbin/sshd\"");
        assertThat(json(plan, "tw-scp")).contains("/usr/lib/openssh/sftp-server");
        assertThat(json(plan, "tw-sa-read")).contains("/run/secrets/kubernetes.io/serviceaccount");
        assertThat(json(plan, "tw-api-connect")).contains("DAddr", "10.43.0.1");
        assertThat(json(plan, "tw-enumerate")).contains("/usr/bin/find");
        assertThat(json(plan, "tw-k8s-client")).contains("dist-packages/kubernetes/client/");
        assertThat(json(plan, "tw-symlink")).contains("/etc/kubernetes/pki/apiserver.key");
        assertThat(plan.objects()).anySatisfy(o -> {
            assertThat(o.getKind()).isEqualTo("TracingPolicy");
            assertThat(o.getMetadata().getName()).matches("[a-z]+-file-access-[0-9a-f]{6}");
            assertThat(o.getMetadata().getNamespace()).isNull();
        });
    }

    private static String json(HoneyclusterPlan plan, String tripwire) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<String> keys = plan.index().entry(tripwire).orElseThrow().objects();
        return plan.objects().stream().filter(o -> keys.contains(HoneyclusterPlan.key(o)))
                .filter(o -> o.getApiVersion().startsWith("cilium.io")).map(serialization::asJson)
                .reduce("", String::concat);
    }

    @Test
    void the_ssh_bait_carries_the_canary_token_and_the_mounted_honeytoken_and_its_exposure_is_listed() throws Exception {
        HoneyclusterPlan plan = demo(5);

        Pod pod = (Pod) plan.objects().stream().filter(o -> o instanceof Pod).findFirst().orElseThrow();
        assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("ci-deployer");
        assertThat(pod.getSpec().getAutomountServiceAccountToken()).isTrue();
        assertThat(pod.getSpec().getContainers().get(0).getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/root/.aws"));
        assertThat(pod.getSpec().getContainers().get(0).getPorts().get(0).getContainerPort()).isEqualTo(2222);
        assertThat(pod.getSpec().getContainers().get(0).getImage()).isEqualTo(BaitWorkload.SSH.defaultImage());
        SshLogin login = Cover.of(DemoTree.tree().id(), 5).sshLogin();
        assertThat(pod.getSpec().getContainers().get(0).getEnv()).extracting(e -> e.getName() + "=" + e.getValue())
                .contains("PASSWORD_ACCESS=true", "SUDO_ACCESS=true", "USER_NAME=" + login.user(),
                        "USER_PASSWORD=" + login.password());
        assertThat(plan.exposures()).singleElement().satisfies(e -> {
            assertThat(e.service()).isEqualTo(pod.getMetadata().getName());
            assertThat(e.type()).isEqualTo(Exposure.Type.NODE_PORT);
            assertThat(e.port()).isEqualTo(22);
        });
        assertThat(plan.objects()).filteredOn(o -> o.getKind().equals("Service"))
                .allSatisfy(s -> assertThat(plan.exposures()).anyMatch(e -> e.service().equals(s.getMetadata().getName())));
    }

    @Test
    void canary_rights_stay_inside_the_honey_namespace() throws Exception {
        HoneyclusterPlan plan = demo(5);

        assertThat(plan.objects()).noneMatch(o -> o.getKind().startsWith("Cluster"));
        assertThat(plan.objects()).filteredOn(o -> o.getKind().equals("Role") || o.getKind().equals("RoleBinding"))
                .isNotEmpty().allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo(plan.namespace()));
    }

    @Test
    void containment_denies_egress_but_dns_and_the_api_server() throws Exception {
        HoneyclusterPlan plan = demo(5);

        NetworkPolicy policy = (NetworkPolicy) plan.objects().stream().filter(o -> o instanceof NetworkPolicy).findFirst().orElseThrow();
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Egress");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(policy.getSpec().getEgress()).hasSize(2);
        assertThat(policy.getSpec().getEgress().get(0).getPorts()).extracting(p -> p.getPort().getIntVal()).containsOnly(53);
        assertThat(policy.getSpec().getEgress().get(1).getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(443, 6443);
        assertThat(plan.objects()).extracting(HasMetadata::getKind).contains("ResourceQuota", "LimitRange");
        assertThat(plan.objects().get(0).getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "baseline");
    }

    @Test
    void honeytoken_credentials_are_well_formed_fakes_unique_per_trip_wire_and_fixed_by_the_seed() throws Exception {
        String first = secretText(demo(11));
        String again = secretText(demo(11));
        String other = secretText(demo(12));

        Matcher keys = Pattern.compile("AKIA[A-Z2-7]{16}").matcher(first);
        Set<String> ids = new HashSet<>();
        while (keys.find()) {
            ids.add(keys.group());
            assertThat(FakeCredentials.isOurs(keys.group())).isTrue();
        }
        assertThat(ids).hasSize(2);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(FakeCredentials.isOurs("AKIAIOSFODNN7EXAMPLE")).isFalse();
    }

    private static String secretText(HoneyclusterPlan plan) {
        return plan.objects().stream().filter(o -> o instanceof Secret).map(o -> ((Secret) o).getStringData().toString())
                .reduce("", String::concat);
    }

    @Test
    void every_flavor_of_honeytoken_and_the_dashboard_bait_compile() throws Exception {
        AttackTree tree = new AttackTree("flavors", "", "", "root", List.of(
                Node.attack("root", "r").withChildren(List.of("a")),
                DemoTree.leaf("a", "a", List.of(),
                        DemoTree.tw("dash", TripwireKind.BAIT, "workload", "dashboard", "expose", "LoadBalancer", "port", "8443"),
                        DemoTree.tw("h1", TripwireKind.HONEYTOKEN, "secret", "kubeconfig-prod", "flavor", "kubeconfig", "mountIn", "dash"),
                        DemoTree.tw("h2", TripwireKind.HONEYTOKEN, "secret", "orders-db", "flavor", "database"),
                        DemoTree.tw("h3", TripwireKind.HONEYTOKEN, "secret", "regcred", "flavor", "registry", "mountIn", "dash"),
                        DemoTree.tw("h4", TripwireKind.HONEYTOKEN, "secret", "stripe", "flavor", "generic"),
                        DemoTree.tw("c1", TripwireKind.CANARY_SERVICE_ACCOUNT, "name", "backup-operator", "plantIn", "configmap:backup-kubeconfig"),
                        DemoTree.tw("e1", TripwireKind.K8S_EVENT, "reason", "BackOff", "kind", "Pod"))));

        HoneyclusterPlan plan = compiler.compile(tree, CompileOptions.seeded(9));

        assertThat(plan.objects()).extracting(HasMetadata::getKind).contains("Deployment", "Service", "ConfigMap");
        Secret registry = (Secret) plan.objects().stream().filter(o -> o.getMetadata().getName().equals("regcred")).findFirst().orElseThrow();
        assertThat(registry.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        JsonNode docker = new ObjectMapper().readTree(registry.getStringData().get(".dockerconfigjson"));
        assertThat(docker.path("auths").fieldNames().next()).endsWith(".example");
        Secret kubeconfig = (Secret) plan.objects().stream().filter(o -> o.getMetadata().getName().equals("kubeconfig-prod")).findFirst().orElseThrow();
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(kubeconfig.getStringData().get("config"));
        assertThat(config.path("clusters").get(0).path("cluster").path("server").asText()).contains(".example:");
        ConfigMap planted = (ConfigMap) plan.objects().stream().filter(o -> o.getMetadata().getName().equals("backup-kubeconfig")).findFirst().orElseThrow();
        assertThat(planted.getData().get("kubeconfig")).contains("${SERVICE_ACCOUNT_TOKEN}");
        assertThat(plan.plantedTokens()).singleElement().satisfies(t -> assertThat(t.tokenSecret()).isEqualTo("backup-operator-token"));
        assertThat(plan.exposures()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Exposure.Type.LOAD_BALANCER);
            assertThat(e.port()).isEqualTo(8443);
        });
    }

    @Test
    void the_default_namespace_is_a_teams_chosen_by_model_and_seed_and_an_explicit_one_is_kept() {
        AttackTree tree = DemoTree.tree();

        String first = HoneyclusterCompiler.namespaceFor(tree.withId("ksc-demo"), CompileOptions.seeded(1));
        assertThat(first).isEqualTo(HoneyclusterCompiler.namespaceFor(tree.withId("ksc-demo"), CompileOptions.seeded(1)))
                .matches("[a-z]+(-[a-z]+)*").doesNotContain("ksc").doesNotContain("demo");
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            seen.add(HoneyclusterCompiler.namespaceFor(tree.withId("ksc-demo"), CompileOptions.seeded(seed)));
        }
        assertThat(seen).as("seeds give different teams").hasSizeGreaterThan(10)
                .allSatisfy(namespace -> assertThat(TellTales.in(namespace)).isEmpty());
        assertThat(HoneyclusterCompiler.namespaceFor(tree, CompileOptions.seeded(1).withNamespace("orders-live")))
                .isEqualTo("orders-live");
    }

    @Test
    void reserved_and_invalid_namespaces_are_refused() {
        for (String namespace : List.of("kube-system", "kube-public", "default", "Not_A_Name", "x".repeat(64))) {
            assertThatThrownBy(() -> compiler.compile(DemoTree.tree(), CompileOptions.seeded(1).withNamespace(namespace)))
                    .as(namespace).isInstanceOf(PlanRefusedException.class).hasMessageContaining("namespace");
        }
    }

    @Test
    void a_model_without_trip_wires_is_refused() {
        AttackTree bare = AttackTree.single("bare", "b", Node.attack("root", "r"));

        assertThatThrownBy(() -> compiler.compile(bare, CompileOptions.seeded(1)))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("node 'root' tripwires: the model has no trip-wires");
    }

    @Test
    void bad_trip_wire_parameters_are_refused_naming_node_trip_wire_and_field() {
        AttackTree tree = new AttackTree("bad", "", "", "root", List.of(
                Node.attack("root", "r").withChildren(List.of("leaf")),
                DemoTree.leaf("leaf", "l", List.of(),
                        DemoTree.tw("t1", TripwireKind.HONEYTOKEN, "secret", "Bad Name", "flavor", "bitcoin"),
                        DemoTree.tw("t2", TripwireKind.AUDIT, "resource", "secrets"),
                        DemoTree.tw("t3", TripwireKind.FALCO, "rule", "r", "condition", "evt.type=open", "priority", "loud"),
                        DemoTree.tw("t4", TripwireKind.CANARY_SERVICE_ACCOUNT, "name", "sa", "plantIn", "nowhere"))));

        assertThatThrownBy(() -> compiler.compile(tree, CompileOptions.seeded(1)))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("node 'leaf' tripwires[t1].params.secret: trip-wire 't1' (honeytoken): 'Bad Name' is not a Secret name")
                .hasMessageContaining("tripwires[t1].params.flavor: trip-wire 't1' (honeytoken): 'bitcoin' is not one of")
                .hasMessageContaining("tripwires[t2].params.verbs: trip-wire 't2' (audit): missing")
                .hasMessageContaining("tripwires[t3].params.output: trip-wire 't3' (falco): missing")
                .hasMessageContaining("tripwires[t3].params.priority: trip-wire 't3' (falco): 'loud' is not a Falco priority")
                .hasMessageContaining("tripwires[t4].params.plantIn: trip-wire 't4' (canary-serviceaccount): no trip-wire 'nowhere'");
    }

    @Test
    void the_same_model_and_seed_give_an_equal_plan_and_another_seed_another_deployment() throws Exception {
        HoneyclusterPlan one = demo(77);
        HoneyclusterPlan two = demo(77);

        assertThat(new PlanWriter().render(one)).isEqualTo(new PlanWriter().render(two));
        assertThat(demo(78).deploymentId()).isNotEqualTo(one.deploymentId());
    }

    @Test
    void a_derived_policy_name_never_collides_with_a_trip_wires_own_policy() throws Exception {
        HoneyclusterPlan plan = demo(1);

        List<String> names = plan.objects().stream().map(HoneyclusterPlan::key).toList();
        assertThat(names).doesNotHaveDuplicates();
        // the names' hex digits tell trip-wires apart, so no "-2" is needed even for the same hook
        assertThat(plan.index().entry("tw-ssh").orElseThrow().objects())
                .anyMatch(k -> k.matches("TracingPolicyNamespaced/[a-z]+-tcp-accept-[0-9a-f]{6}"));
        // the bait's derived accept policy and the trip-wire's own accept policy hook the same function
        assertThat(plan.index().entry("tw-ssh-accept").orElseThrow().objects())
                .anyMatch(k -> k.matches("TracingPolicyNamespaced/[a-z]+-tcp-accept-[0-9a-f]{6}"))
                .doesNotContainAnyElementsOf(plan.index().entry("tw-ssh").orElseThrow().objects());
    }
}
