package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Ids;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes trip-wires for a leaf that has technique tags but no trip-wire, from a table of the
 * common Kubernetes techniques (MITRE ATT&CK Containers, Microsoft's threat matrix, KubeHound
 * attack ids). Every proposal compiles as it is; Falco proposals name upstream rules. Process and
 * file steps also get a Kubescape rule (its runtime alerts are "signal minus the learnt baseline").
 */
public final class TripwireSuggestions {

    /** One proposal of the table: kind, a short id suffix, why, and the parameters. */
    private record Proposal(TripwireKind kind, String suffix, String reason, Map<String, String> params) {
    }

    private static final Map<String, List<Proposal>> TABLE = new LinkedHashMap<>();

    /** Process steps: Kubescape alerts on any process the bait's learnt profile does not have. */
    private static final Proposal UNEXPECTED_PROCESS = new Proposal(TripwireKind.KUBESCAPE, "unexpected-exec",
            "Kubescape: a process the bait never ran while its profile was learnt", Map.of("rule", "R0001"));

    static {
        List<Proposal> listSecrets = List.of(
                new Proposal(TripwireKind.HONEYTOKEN, "token", "a Secret with fake cloud keys that only an attacker reads",
                        Map.of("secret", "cloud-backup-credentials", "flavor", "aws")),
                new Proposal(TripwireKind.AUDIT, "secrets", "the API server logs every list or get of secrets",
                        Map.of("verbs", "get,list", "resource", "secrets")));
        put(listSecrets, "T1552.007", "MS-TA9025", "T1552");
        List<Proposal> escape = List.of(
                new Proposal(TripwireKind.TETRAGON, "setns", "nsenter and friends call setns to join the host's namespaces",
                        Map.of("function", "sys_setns")),
                new Proposal(TripwireKind.FALCO, "setns", "Falco's upstream rule for a process changing namespace",
                        Map.of("rule", "Change thread namespace")));
        put(escape, "CE_NSENTER", "T1611");
        List<Proposal> exec = List.of(
                new Proposal(TripwireKind.AUDIT, "exec", "kubectl exec is a create on pods/exec",
                        Map.of("verbs", "create,get", "resource", "pods", "subresource", "exec")),
                new Proposal(TripwireKind.FALCO, "terminal", "an interactive shell in a container",
                        Map.of("rule", "Terminal shell in container")),
                UNEXPECTED_PROCESS);
        put(exec, "MS-TA9006", "T1609", "CE_EXEC");
        put(List.of(new Proposal(TripwireKind.FALCO, "shell", "an interactive shell in a container",
                Map.of("rule", "Terminal shell in container")), UNEXPECTED_PROCESS), "T1059", "T1059.004");
        put(List.of(new Proposal(TripwireKind.TETRAGON, "sa-token", "the pod's service-account token read from its mount",
                Map.of("function", "security_file_permission", "path", "/run/secrets/kubernetes.io/serviceaccount")),
                new Proposal(TripwireKind.KUBESCAPE, "token-access", "Kubescape: a token read the bait's profile never had",
                        Map.of("rule", "R0006"))),
                "T1528", "TOKEN_STEAL");
        put(List.of(new Proposal(TripwireKind.AUDIT, "pod-create", "a new pod in the honey namespace",
                Map.of("verbs", "create", "resource", "pods"))), "T1610", "POD_CREATE");
        put(List.of(new Proposal(TripwireKind.AUDIT, "rolebind", "binding a role to gain rights",
                Map.of("verbs", "create,update,patch", "resource", "rolebindings", "namespace", "*"))), "ROLE_BIND", "T1098");
        put(List.of(new Proposal(TripwireKind.AUDIT, "cronjob", "a CronJob for persistence",
                Map.of("verbs", "create,update,patch", "resource", "cronjobs", "namespace", "*"))), "T1053.007");
        put(List.of(new Proposal(TripwireKind.FALCO, "miner", "connections to mining pools",
                Map.of("rule", "Detect outbound connections to common miner pool ports")),
                new Proposal(TripwireKind.KUBESCAPE, "xmr", "Kubescape: an XMRig-like miner process",
                        Map.of("rule", "R1007"))), "T1496");
        put(List.of(new Proposal(TripwireKind.AUDIT, "discovery", "listing pods across namespaces",
                Map.of("verbs", "list", "resource", "pods", "namespace", "*")),
                new Proposal(TripwireKind.KUBESCAPE, "k8s-client", "Kubescape: kubectl or another API client run in the bait",
                        Map.of("rule", "R0007"))), "T1613");
        put(List.of(new Proposal(TripwireKind.BAIT, "ssh", "an SSH server with weak credentials invites the login",
                Map.of("workload", "ssh", "expose", "NodePort"))), "T1133", "MS-TA9010", "T1078");
        put(List.of(new Proposal(TripwireKind.FALCO, "metadata", "a container reaching the cloud metadata service",
                Map.of("rule", "Contact cloud metadata service from container"))), "T1552.005");
        put(List.of(new Proposal(TripwireKind.TETRAGON, "pki-read", "a read of the control plane's keys, on the host too",
                Map.of("function", "security_file_permission", "path", "/etc/kubernetes/pki/", "scope", "cluster"))),
                "T1552.004", "EXPLOIT_HOST_READ");
        put(List.of(new Proposal(TripwireKind.FALCO, "symlink", "a symlink over a sensitive file (the KSC demo's key theft)",
                Map.of("rule", "Create Symlink Over Sensitive Files")),
                new Proposal(TripwireKind.KUBESCAPE, "symlink", "Kubescape: a symlink over a sensitive file",
                        Map.of("rule", "R1010"))), "T1006", "CE_SYMLINK");
    }

    private static void put(List<Proposal> proposals, String... techniques) {
        for (String technique : techniques) {
            TABLE.put(technique.toUpperCase(Locale.ROOT), proposals);
        }
    }

    /** The techniques the table knows. */
    public static Set<String> knownTechniques() {
        return TABLE.keySet();
    }

    /** Proposals for a leaf with technique tags and no trip-wire; empty for any other node. */
    public List<Suggestion> forLeaf(AttackTree tree, String nodeId) {
        Node node = tree.node(nodeId);
        if (node == null || !tree.refinements(nodeId).isEmpty() || !node.tripwires().isEmpty()) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        tree.nodes().forEach(n -> n.tripwires().forEach(t -> {
            used.add(t.id());
            if (t.kind() == TripwireKind.HONEYTOKEN && t.param("secret") != null) {
                secrets.add(t.param("secret"));
            }
        }));
        Set<String> proposed = new HashSet<>();
        List<Suggestion> out = new ArrayList<>();
        for (String technique : node.techniques()) {
            for (Proposal proposal : TABLE.getOrDefault(technique.toUpperCase(Locale.ROOT), List.of())) {
                if (!proposed.add(proposal.kind() + proposal.params().toString())) {
                    continue;
                }
                String id = freshId("tw-" + Ids.slug(nodeId) + "-" + proposal.suffix(), used);
                Tripwire tripwire = new Tripwire(id, proposal.kind(), proposal.params());
                if (proposal.kind() == TripwireKind.HONEYTOKEN) {
                    // Secret names are unique in a namespace: number a second one.
                    tripwire = tripwire.withParam("secret", freshId(tripwire.param("secret"), secrets));
                }
                out.add(new Suggestion(technique, proposal.reason(), tripwire));
            }
        }
        return out;
    }

    /** Proposals for every leaf that has some, by node id in tree order. */
    public Map<String, List<Suggestion>> forTree(AttackTree tree) {
        Map<String, List<Suggestion>> out = new LinkedHashMap<>();
        for (Node leaf : tree.leaves()) {
            List<Suggestion> suggestions = forLeaf(tree, leaf.id());
            if (!suggestions.isEmpty()) {
                out.put(leaf.id(), suggestions);
            }
        }
        return out;
    }

    private static String freshId(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
