package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The honey namespace and what keeps an attacker inside it: Pod Security labels, a
 * default-deny egress NetworkPolicy (DNS and the API server only), a ResourceQuota (no
 * crypto-mining on our bill) and a LimitRange (every container gets limits).
 */
final class ContainmentObjects {

    static final String EGRESS_POLICY = "default-deny-egress";
    static final String QUOTA = "compute-resources";
    static final String LIMITS = "default-limits";

    private ContainmentObjects() {
    }

    static HasMetadata namespace(String name, Map<String, String> labels) {
        Map<String, String> all = new TreeMap<>(labels);
        // baseline admits the SSH bait (root in its container) but no privileged pod or host mount;
        // restricted is reported, so the operator sees what an attacker's pod would have needed.
        all.put("pod-security.kubernetes.io/enforce", "baseline");
        all.put("pod-security.kubernetes.io/enforce-version", "latest");
        all.put("pod-security.kubernetes.io/warn", "restricted");
        all.put("pod-security.kubernetes.io/audit", "restricted");
        return new NamespaceBuilder().withNewMetadata().withName(name).withLabels(all).endMetadata().build();
    }

    static List<HasMetadata> objects(String namespace, Map<String, String> labels, List<String> apiServerCidrs) {
        NetworkPolicyPeer dns = new NetworkPolicyPeerBuilder()
                .withNewNamespaceSelector().withMatchLabels(Map.of("kubernetes.io/metadata.name", "kube-system")).endNamespaceSelector()
                .withNewPodSelector().withMatchLabels(Map.of("k8s-app", "kube-dns")).endPodSelector()
                .build();
        List<NetworkPolicyPeer> apiServer = apiServerCidrs.stream()
                .map(cidr -> new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr(cidr).endIpBlock().build())
                .toList();
        HasMetadata egress = new NetworkPolicyBuilder()
                .withNewMetadata().withName(EGRESS_POLICY).withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewSpec()
                .withNewPodSelector().endPodSelector()
                .withPolicyTypes("Egress")
                .withEgress(
                        new NetworkPolicyEgressRuleBuilder().withTo(dns).withPorts(port("UDP", 53), port("TCP", 53)).build(),
                        // The API server is reached at its endpoint after the Service's DNAT: 6443 (kubeadm, k3s) or 443.
                        new NetworkPolicyEgressRuleBuilder().withTo(apiServer).withPorts(port("TCP", 443), port("TCP", 6443)).build())
                .endSpec()
                .build();
        HasMetadata quota = new ResourceQuotaBuilder()
                .withNewMetadata().withName(QUOTA).withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewSpec().withHard(new TreeMap<>(Map.of(
                        "pods", new Quantity("10"),
                        "requests.cpu", new Quantity("1"),
                        "requests.memory", new Quantity("1Gi"),
                        "limits.cpu", new Quantity("2"),
                        "limits.memory", new Quantity("2Gi"),
                        "persistentvolumeclaims", new Quantity("0"),
                        "services.loadbalancers", new Quantity("2"),
                        "services.nodeports", new Quantity("2"))))
                .endSpec().build();
        HasMetadata limits = new LimitRangeBuilder()
                .withNewMetadata().withName(LIMITS).withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewSpec().addNewLimit().withType("Container")
                .withDefault(new TreeMap<>(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("256Mi"))))
                .withDefaultRequest(new TreeMap<>(Map.of("cpu", new Quantity("50m"), "memory", new Quantity("64Mi"))))
                .withMax(new TreeMap<>(Map.of("cpu", new Quantity("1"), "memory", new Quantity("512Mi"))))
                .endLimit().endSpec().build();
        return List.of(egress, quota, limits);
    }

    private static NetworkPolicyPort port(String protocol, int port) {
        return new NetworkPolicyPortBuilder().withProtocol(protocol).withPort(new IntOrString(port)).build();
    }
}
