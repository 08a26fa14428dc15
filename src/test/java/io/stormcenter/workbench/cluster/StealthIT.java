package io.stormcenter.workbench.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.cluster.local.LocalKubeClusterExtension;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacker's view on the real kube-apiserver: the KubeCon and secret-theft samples deployed,
 * then each canary, with its own token, asks what it may do (SelfSubjectRulesReview), lists and
 * gets every object of every resource it may read, and reads all of it: names, labels,
 * annotations, specs (images, commands), ConfigMap data and Secrets' decoded data. No word
 * that gives the trap away may appear. Random material (JWT signatures, certificate bodies) is
 * left out of the search, since a chance "ksc" in base64 noise says nothing to anyone; every
 * readable word is searched, including the decoded claims of a token.
 */
@Tag("integration")
@ExtendWith(LocalKubeClusterExtension.class)
class StealthIT {

    /** The words of issue 10, plus "bait" (the compiler's own list, TellTales, holds them all). */
    private static final List<String> FORBIDDEN = List.of("ksc", "stormcenter", "storm center", "workbench", "honey",
            "canary", "decoy", "trip-wire", "tripwire", "trap", "bait",
            // the KSC demo's SSH image (entlein/ssh-proxy): a search for it finds the honeycluster's repository
            "entlein", "ssh-proxy",
            // the two deployed models' ids, which their deployment ids start with
            "kubecon-2024", "secret-theft");
    /** A certificate's or key's body, also as JSON writes it (each line break as a backslash and an n). */
    private static final Pattern PEM_BODY = Pattern.compile(
            "(-----BEGIN [A-Z ]+-----)(?:[A-Za-z0-9+/=\\s]|\\\\n)+(-----END)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void no_canary_reads_anything_that_gives_the_trap_away(LocalKubeCluster cluster, @TempDir Path folder)
            throws Exception {
        List<HoneyclusterPlan> plans = List.of(SamplePlans.compiled("ksc-kubecon-2024.json", 5),
                SamplePlans.compiled("secret-theft.json", 12)); // not SampleModelDeployIT's seed: they share one cluster
        Map<String, List<String>> findings = new LinkedHashMap<>();
        int objectsRead = 0;
        try (ClusterSession admin = ClusterSession.open(Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig())),
                LocalKubeCluster.ADMIN_CONTEXT)) {
            HoneyclusterDeployer deployer = new HoneyclusterDeployer(admin, ApplyMethod.serverSideApply(),
                    SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, Clock.systemUTC());
            for (HoneyclusterPlan plan : plans) {
                DeployResult result = deployer.deploy(deployer.prepare(plan), new DeployRequest("sha", null, false),
                        DeploymentRecordFile.nextTo(folder.resolve(plan.modelId() + ".json")), DeployProgress.silent());
                assertThat(result.failure()).as(plan.modelId()).isEmpty();
            }
            List<String> canaries = new ArrayList<>();
            for (HoneyclusterPlan plan : plans) {
                for (String account : canaryAccounts(plan)) {
                    canaries.add(plan.namespace() + "/" + account);
                    String token = tokenOf(admin.client(), plan.namespace(), account);
                    try (KubernetesClient attacker = clientWith(cluster.server(), token)) {
                        List<String> found = new ArrayList<>();
                        objectsRead += readEverything(attacker, plan.namespace(), found);
                        search("namespace name", plan.namespace(), found);
                        findings.put(plan.namespace() + "/" + account, found);
                    }
                }
            }
            assertThat(canaries).hasSize(3);
        }

        List<String> probe = new ArrayList<>();
        search("probe", readable(JSON.readTree("{\"kind\":\"Secret\",\"data\":{\"k\":\"" + Base64.getEncoder()
                .encodeToString("user: Honey-Pot".getBytes(StandardCharsets.UTF_8)) + "\"}}")), probe);
        assertThat(probe).as("the search finds a word hidden in a Secret's encoded data").hasSize(1);
        assertThat(objectsRead).as("the canaries read the bait, the honeytokens and the planted kubeconfig")
                .isGreaterThanOrEqualTo(12);
        assertThat(findings).hasSize(3).allSatisfy((canary, found) -> assertThat(found).as(canary).isEmpty());
    }

    private static List<String> canaryAccounts(HoneyclusterPlan plan) {
        return plan.objects().stream().filter(o -> o.getKind().equals("ServiceAccount"))
                .map(o -> o.getMetadata().getName()).toList();
    }

    /** The canary's own token, as the token controller issued it (what an attacker finds planted). */
    private static String tokenOf(KubernetesClient admin, String namespace, String account) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> token = admin.secrets().inNamespace(namespace).list().getItems().stream()
                    .filter(s -> "kubernetes.io/service-account-token".equals(s.getType()))
                    .filter(s -> s.getMetadata().getAnnotations() != null
                            && account.equals(s.getMetadata().getAnnotations().get("kubernetes.io/service-account.name")))
                    .map(Secret::getData).filter(d -> d != null && d.get("token") != null)
                    .map(d -> new String(Base64.getDecoder().decode(d.get("token")), StandardCharsets.UTF_8))
                    .findFirst();
            if (token.isPresent()) {
                return token.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no token issued for " + namespace + "/" + account + " within 60 s");
    }

    private static KubernetesClient clientWith(String server, String token) {
        return new KubernetesClientBuilder().withHttpClientFactory(new JdkHttpClientFactory())
                .withConfig(new ConfigBuilder().withMasterUrl(server).withOauthToken(token).withTrustCerts(true)
                        .withNamespace(null).withRequestRetryBackoffLimit(0).build())
                .build();
    }

    /** Everything the rules review says the client may get or list in the namespace; returns how many objects. */
    private static int readEverything(KubernetesClient client, String namespace, List<String> found) throws Exception {
        SelfSubjectRulesReview review = client.authorization().v1().selfSubjectRulesReview().create(
                new SelfSubjectRulesReviewBuilder().withNewSpec().withNamespace(namespace).endSpec().build());
        search("rules review", JSON.writeValueAsString(review.getStatus()), found);
        Map<String, APIResource> kinds = new LinkedHashMap<>();
        for (APIResource resource : client.getApiResources("v1").getResources()) {
            kinds.put(resource.getName(), resource);
        }
        int read = 0;
        for (ResourceRule rule : review.getStatus().getResourceRules()) {
            boolean readable = rule.getVerbs().stream().anyMatch(v -> v.equals("get") || v.equals("list") || v.equals("*"));
            if (!readable || !rule.getApiGroups().contains("")) {
                continue; // the compiler grants core-group reads only; other groups are not the canary's
            }
            for (String name : rule.getResources()) {
                APIResource kind = kinds.get(name);
                if (kind == null || !Boolean.TRUE.equals(kind.getNamespaced())) {
                    continue; // subresources (pods/log: no kubelet here) and cluster-scoped kinds
                }
                for (GenericKubernetesResource listed : client.genericKubernetesResources("v1", kind.getKind())
                        .inNamespace(namespace).list().getItems()) {
                    GenericKubernetesResource object = client.genericKubernetesResources("v1", kind.getKind())
                            .inNamespace(namespace).withName(listed.getMetadata().getName()).get();
                    String where = kind.getKind() + " " + listed.getMetadata().getName();
                    search(where, readable(JSON.valueToTree(object)), found);
                    read++;
                }
            }
        }
        try {
            client.namespaces().withName(namespace).get();
            found.add("the canary may read its Namespace object, which the rules review did not say");
        } catch (KubernetesClientException expected) {
            // forbidden, as the Role says
        }
        return read;
    }

    /** The object as an attacker reads it: Secret data decoded, tokens' claims decoded, random material out. */
    private static String readable(JsonNode object) {
        if (object.path("data").isObject() && "Secret".equals(object.path("kind").asText())) {
            ObjectNode data = (ObjectNode) object.get("data");
            for (Iterator<String> keys = data.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                data.set(key, TextNode.valueOf(new String(Base64.getDecoder().decode(data.get(key).asText()),
                        StandardCharsets.UTF_8)));
            }
        }
        String text = object.toString();
        text = PEM_BODY.matcher(text).replaceAll("$1 $2");
        return JwtClaims.readable(text);
    }

    private static void search(String where, String text, List<String> found) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : FORBIDDEN) {
            int at = lower.indexOf(word);
            if (at >= 0) {
                found.add(where + " says '" + word + "': ..." + text.substring(Math.max(0, at - 60),
                        Math.min(text.length(), at + 60)) + "...");
            }
        }
    }

    /** JWTs in a text replaced by their decoded header and claims (the signature is random bytes). */
    private static final class JwtClaims {
        private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

        private JwtClaims() {
        }

        static String readable(String text) {
            return JWT.matcher(text).replaceAll(m -> {
                String[] parts = m.group().split("\\.");
                Base64.Decoder url = Base64.getUrlDecoder();
                return java.util.regex.Matcher.quoteReplacement(new String(url.decode(parts[0]), StandardCharsets.UTF_8)
                        + " " + new String(url.decode(parts[1]), StandardCharsets.UTF_8));
            });
        }
    }
}
