package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The KSC KubeCon EU 2024 demo path as a tree with trip-wires, plus an escape branch without any. */
final class DemoTree {

    static final List<String> DEMO_STEPS = List.of("ssh-bait", "read-sa-token", "use-k8s-client", "hostpath-pv",
            "symlink-key", "kubectl-logs");

    private DemoTree() {
    }

    static Tripwire tw(String id, TripwireKind kind, String... keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return new Tripwire(id, kind, params);
    }

    static Node leaf(String id, String label, List<String> techniques, Tripwire... tripwires) {
        return Node.attack(id, label).withTechniques(techniques).withTripwires(List.of(tripwires));
    }

    static AttackTree tree() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.attack("goal", "Steal apiserver.key").withChildren(List.of("via-logs", "via-escape")));
        nodes.add(Node.attack("via-logs", "Read it through kubectl logs").withGate(Gate.SAND).withChildren(DEMO_STEPS));
        nodes.add(leaf("ssh-bait", "SSH into the bait pod", List.of("MS-TA9010", "T1133"),
                tw("tw-ssh", TripwireKind.BAIT, "workload", "ssh", "expose", "NodePort"),
                tw("tw-ssh-accept", TripwireKind.TETRAGON, "function", "inet_csk_accept", "binary", "/usr/sbin/sshd"),
                tw("tw-ssh-shell", TripwireKind.TETRAGON, "function", "sys_execve", "binary", "/usr/sbin/sshd", "path", "/bin/sh"),
                tw("tw-scp", TripwireKind.TETRAGON, "function", "sys_execve", "path", "/usr/lib/openssh/sftp-server")));
        nodes.add(leaf("read-sa-token", "Enumerate the service account token", List.of("T1528", "MS-TA9025"),
                tw("tw-canary", TripwireKind.CANARY_SERVICE_ACCOUNT, "name", "ci-deployer", "plantIn", "tw-ssh"),
                tw("tw-sa-read", TripwireKind.TETRAGON, "function", "security_file_permission",
                        "path", "/run/secrets/kubernetes.io/serviceaccount"),
                tw("tw-enumerate", TripwireKind.TETRAGON, "function", "fd_install",
                        "path", "/usr/bin/find,/usr/bin/env,/usr/bin/cat,/usr/bin/ls")));
        nodes.add(leaf("use-k8s-client", "Use the Kubernetes client from the pod", List.of("MS-TA9008"),
                tw("tw-api-connect", TripwireKind.TETRAGON, "function", "tcp_connect", "address", "10.43.0.1,10.96.0.1"),
                tw("tw-k8s-client", TripwireKind.TETRAGON, "function", "security_file_permission",
                        "path", "/usr/local/lib/python3.10/dist-packages/kubernetes/client/")));
        nodes.add(leaf("hostpath-pv", "Create a hostPath PersistentVolume on /var/log", List.of("T1611"),
                tw("tw-pv-create", TripwireKind.AUDIT, "verbs", "create", "resource", "persistentvolumes")));
        nodes.add(leaf("symlink-key", "Symlink a log file to apiserver.key", List.of(),
                tw("tw-symlink", TripwireKind.TETRAGON, "function", "sys_symlinkat",
                        "path", "/etc/kubernetes/pki/apiserver.key")));
        nodes.add(leaf("kubectl-logs", "Read it through kubectl logs", List.of("MS-TA9006"),
                tw("tw-logs", TripwireKind.AUDIT, "verbs", "get", "resource", "pods", "subresource", "log"),
                tw("tw-key-read", TripwireKind.TETRAGON, "function", "security_file_permission",
                        "path", "/etc/kubernetes/pki/apiserver.key", "scope", "cluster")));
        nodes.add(Node.attack("via-escape", "Escape to the node").withGate(Gate.AND)
                .withChildren(List.of("list-secrets", "nsenter", "shell-in-bait")));
        nodes.add(leaf("list-secrets", "List secrets for cloud keys", List.of("T1552.007"),
                tw("tw-aws", TripwireKind.HONEYTOKEN, "secret", "aws-billing-export", "flavor", "aws", "mountIn", "tw-ssh"),
                tw("tw-list-secrets", TripwireKind.AUDIT, "verbs", "list", "resource", "secrets")));
        nodes.add(leaf("nsenter", "nsenter into the host namespaces", List.of("CE_NSENTER", "T1611")));
        nodes.add(leaf("shell-in-bait", "Interactive shell in the bait", List.of("T1059"),
                tw("tw-terminal", TripwireKind.FALCO, "rule", "Terminal shell in container"),
                tw("tw-reverse", TripwireKind.FALCO, "rule", "KSC reverse shell from bait",
                        "condition", "evt.type = connect and proc.name in (bash, sh, nc)",
                        "output", "Reverse shell attempt (command=%proc.cmdline)", "priority", "Critical")));
        return new AttackTree("ksc-kubecon-2024", "Read the API server's private key", "", "goal", nodes);
    }
}
