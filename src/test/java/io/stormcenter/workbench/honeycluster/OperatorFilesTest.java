package io.stormcenter.workbench.honeycluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files for the operator: Falco rules, audit policy, webhook kubeconfig, README. */
class OperatorFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static HoneyclusterPlan plan;
    private static Map<String, String> files;

    @BeforeAll
    static void compile() throws Exception {
        plan = new HoneyclusterCompiler().compile(DemoTree.tree(), CompileOptions.seeded(42));
        files = new PlanWriter().render(plan);
    }

    /** audit.k8s.io/v1 Policy, as the API server reads it (unknown fields would be rejected). */
    record Policy(String apiVersion, String kind, List<String> omitStages, List<PolicyRule> rules) {
    }

    record PolicyRule(String level, List<String> users, List<String> userGroups, List<String> verbs,
                      List<GroupResources> resources, List<String> namespaces, List<String> nonResourceURLs,
                      List<String> omitStages, Boolean omitManagedFields) {
    }

    record GroupResources(String group, List<String> resources, List<String> resourceNames) {
    }

    @Test
    void the_audit_policy_parses_as_an_audit_k8s_io_v1_policy_at_metadata_level() throws Exception {
        Policy policy = YAML.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(files.get("audit-policy.yaml"), Policy.class);

        assertThat(policy.apiVersion()).isEqualTo("audit.k8s.io/v1");
        assertThat(policy.kind()).isEqualTo("Policy");
        assertThat(policy.omitStages()).containsExactly("RequestReceived");
        assertThat(policy.rules()).extracting(PolicyRule::level).containsOnly("Metadata", "None");
        assertThat(policy.rules().get(policy.rules().size() - 1).level()).isEqualTo("None");
        assertThat(policy.rules().get(0).namespaces()).containsExactly(plan.namespace());
        assertThat(policy.rules()).anySatisfy(r -> assertThat(r.users())
                .containsExactly("system:serviceaccount:" + plan.namespace() + ":ci-deployer"));
        assertThat(policy.rules()).filteredOn(r -> r.resources() != null).anySatisfy(r -> {
            assertThat(r.resources().get(0).resources()).containsExactly("persistentvolumes");
            assertThat(r.namespaces()).containsExactly("");
        });
    }

    @Test
    void falco_rules_parse_as_yaml_with_the_required_keys_and_the_honey_namespace() throws Exception {
        String rules = files.get(FalcoRulesFile.fileName(plan.deploymentId()));
        JsonNode list = YAML.readTree(rules);

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        for (JsonNode rule : list) {
            for (String key : List.of("rule", "desc", "condition", "output", "priority")) {
                assertThat(rule.path(key).asText()).as(key).isNotBlank();
            }
            assertThat(rule.path("condition").asText()).endsWith("and k8s.ns.name = \"" + plan.namespace() + "\"");
            assertThat(rule.path("output").asText()).contains("%k8s.ns.name");
            assertThat(TripwireCatalogue.FALCO_PRIORITIES).contains(rule.path("priority").asText());
        }
        assertThat(rules).contains("#   - Terminal shell in container");
        assertThat(plan.falcoUpstreamRules()).containsExactly("Terminal shell in container");
    }

    @Test
    void the_webhook_kubeconfig_is_a_template_with_url_ca_and_token_parameters() throws Exception {
        String template = files.get("audit-webhook-kubeconfig.yaml");
        JsonNode config = YAML.readTree(template);

        assertThat(config.path("kind").asText()).isEqualTo("Config");
        assertThat(config.path("clusters").get(0).path("cluster").path("server").asText()).isEqualTo("${KSC_RECEIVER_URL}");
        assertThat(config.path("clusters").get(0).path("cluster").path("certificate-authority-data").asText())
                .isEqualTo("${KSC_RECEIVER_CA_DATA}");
        assertThat(config.path("users").get(0).path("user").path("token").asText()).isEqualTo("${KSC_RECEIVER_TOKEN}");
    }

    @Test
    void the_readme_tells_the_operator_about_kind_k3s_exposure_and_exclusions() {
        String readme = files.get("README.md");

        assertThat(readme).contains("kind:", "k3s:", "--kube-apiserver-arg=audit-policy-file=",
                "Service " + plan.exposures().get(0).service() + " (NodePort, port 22)", "`system:node:*`", "Terminal shell in container");
    }

    @Test
    void plan_json_maps_each_trip_wire_to_node_kind_matcher_and_objects() throws Exception {
        JsonNode json = new ObjectMapper().readTree(files.get("plan.json"));

        JsonNode aws = json.path("tripwires").path("tw-aws");
        assertThat(aws.path("node").asText()).isEqualTo("list-secrets");
        assertThat(aws.path("kind").asText()).isEqualTo("honeytoken");
        assertThat(aws.path("matcher").path("anyOf")).hasSize(2);
        assertThat(aws.path("objects").toString()).contains("Secret/aws-billing-export", "TracingPolicyNamespaced/")
                .doesNotContain("ksc");
        assertThat(json.path("tripwires").size()).isEqualTo(plan.index().entries().size());
        assertThat(json.path("seed").asLong()).isEqualTo(42);
        assertThat(files.get("kustomization.yaml")).contains("- 00-namespace-" + plan.namespace() + ".yaml");
    }
}
