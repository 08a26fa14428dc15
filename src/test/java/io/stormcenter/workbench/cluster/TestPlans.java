package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans built from fabric8 objects, shaped like the compiler's: a honey namespace, a canary
 * service account with read rights in it only, a honeytoken, an SSH bait, containment, a
 * TracingPolicy. Objects are given out of order on purpose: the deployer sorts them.
 */
public final class TestPlans {

    public static final String MODEL = "test-model";
    /** The key of the deployment label a compiled plan carries by default; the value is the deployment id here. */
    public static final String INSTANCE = "app.kubernetes.io/instance";

    private TestPlans() {
    }

    public static HoneyclusterPlan honeyPlan(String namespace, String deploymentId) {
        Map<String, String> labels = Map.of(INSTANCE, deploymentId, "app.kubernetes.io/part-of", "orders");
        List<HasMetadata> objects = new ArrayList<>();
        objects.add(new ServiceBuilder().withNewMetadata().withName("ssh-bait").withNamespace(namespace)
                .addToLabels(labels).endMetadata()
                .withNewSpec().withType("NodePort").addToSelector("app", "ssh-bait")
                .addNewPort().withPort(22).withNewTargetPort(22).endPort().endSpec().build());
        objects.add(new NamespaceBuilder().withNewMetadata().withName(namespace).addToLabels(labels).endMetadata().build());
        objects.add(new ServiceAccountBuilder().withNewMetadata().withName("canary").withNamespace(namespace)
                .addToLabels(labels).endMetadata().build());
        objects.add(new RoleBuilder().withNewMetadata().withName("canary-read").withNamespace(namespace)
                .addToLabels(labels).endMetadata()
                .addNewRule().withApiGroups("").withResources("pods", "secrets", "configmaps")
                .withVerbs("get", "list").endRule().build());
        objects.add(new RoleBindingBuilder().withNewMetadata().withName("canary-read").withNamespace(namespace)
                .addToLabels(labels).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName("canary-read").endRoleRef()
                .addNewSubject().withKind("ServiceAccount").withName("canary").withNamespace(namespace).endSubject().build());
        objects.add(new SecretBuilder().withNewMetadata().withName("aws-credentials").withNamespace(namespace)
                .addToLabels(labels).endMetadata()
                .addToStringData("credentials", "[default]\naws_access_key_id = AKIAFAKEFAKEFAKE1234\n").build());
        objects.add(new ConfigMapBuilder().withNewMetadata().withName("bait-motd").withNamespace(namespace)
                .addToLabels(labels).endMetadata().addToData("motd", "Welcome to prod-db-01").build());
        objects.add(new DeploymentBuilder().withNewMetadata().withName("ssh-bait").withNamespace(namespace)
                .addToLabels(labels).endMetadata()
                .withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", "ssh-bait").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "ssh-bait").endMetadata()
                .withNewSpec().withServiceAccountName("canary")
                .addNewContainer().withName("sshd").withImage("registry.example/ksc/ssh-bait:1.0")
                .addNewPort().withContainerPort(22).endPort().endContainer()
                .endSpec().endTemplate().endSpec().build());
        objects.add(new NetworkPolicyBuilder().withNewMetadata().withName("deny-egress").withNamespace(namespace)
                .addToLabels(labels).endMetadata()
                .withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Egress").endSpec().build());
        objects.add(tracingPolicy(labels));
        return new HoneyclusterPlan(MODEL, deploymentId, namespace, 42L, objects);
    }

    static GenericKubernetesResource tracingPolicy(Map<String, String> labels) {
        return new GenericKubernetesResourceBuilder().withApiVersion("cilium.io/v1alpha1").withKind("TracingPolicy")
                .withNewMetadata().withName("tw-ssh-accept").addToLabels(labels).endMetadata()
                .addToAdditionalProperties("spec", Map.of("kprobes", List.of(Map.of("call", "inet_csk_accept",
                        "syscall", false))))
                .build();
    }
}
