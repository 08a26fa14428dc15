package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A canary ServiceAccount: the account, a Role and RoleBinding that give it read access inside
 * the honey namespace only (enough to look around, never anything outside), and, when planted
 * in a ConfigMap, the token Secret and the ConfigMap with a kubeconfig for it.
 */
final class CanaryObjects {

    /**
     * Where deploy writes the canary token into a planted kubeconfig, once the token controller
     * filled it in; worded like any templated kubeconfig, should an attacker see it before.
     */
    static final String TOKEN_PLACEHOLDER = "${SERVICE_ACCOUNT_TOKEN}";

    private CanaryObjects() {
    }

    static String tokenSecretName(String account) {
        return account + "-token";
    }

    static List<HasMetadata> objects(TripwireParams.CanaryServiceAccount canary, String namespace,
                                     Map<String, String> labels) {
        List<HasMetadata> objects = new ArrayList<>();
        String name = canary.name();
        objects.add(new ServiceAccountBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata().build());
        objects.add(new RoleBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata()
                .withRules(
                        new PolicyRuleBuilder().withApiGroups("").withResources("pods", "services", "configmaps", "secrets")
                                .withVerbs("get", "list", "watch").build(),
                        new PolicyRuleBuilder().withApiGroups("").withResources("pods/log").withVerbs("get").build())
                .build());
        objects.add(new RoleBindingBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName(name).endRoleRef()
                .addNewSubject().withKind("ServiceAccount").withName(name).withNamespace(namespace).endSubject()
                .build());
        if (canary.plantInConfigMap() != null) {
            objects.add(new SecretBuilder()
                    .withNewMetadata().withName(tokenSecretName(name)).withNamespace(namespace).withLabels(labels)
                    .withAnnotations(Map.of("kubernetes.io/service-account.name", name)).endMetadata()
                    .withType("kubernetes.io/service-account-token").build());
            objects.add(new ConfigMapBuilder()
                    .withNewMetadata().withName(canary.plantInConfigMap()).withNamespace(namespace).withLabels(labels).endMetadata()
                    .withData(Map.of("kubeconfig", kubeconfig(namespace, name)))
                    .build());
        }
        return objects;
    }

    private static String kubeconfig(String namespace, String account) {
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: in-cluster\n  cluster:\n"
                + "    server: https://kubernetes.default.svc\n    insecure-skip-tls-verify: true\n"
                + "contexts:\n- name: " + account + "\n  context:\n    cluster: in-cluster\n    namespace: " + namespace
                + "\n    user: " + account + "\ncurrent-context: " + account + "\nusers:\n- name: " + account
                + "\n  user:\n    token: " + TOKEN_PLACEHOLDER + "\n";
    }
}
