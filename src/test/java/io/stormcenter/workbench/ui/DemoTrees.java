package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Trees for the UI tests and the benchmark: a small KubeCon-like tree and generated big ones. */
public final class DemoTrees {

    private DemoTrees() {
    }

    /** Goal (OR) over a SAND chain of three leaves and an escape leaf countered by a defence. */
    public static AttackTree kubecon() {
        List<Node> nodes = List.of(
                Node.attack("goal", "Steal apiserver.key").withChildren(List.of("via-logs", "via-escape")).withImpact(250000.0),
                Node.attack("via-logs", "Read it through kubectl logs").withGate(Gate.SAND)
                        .withChildren(List.of("ssh-bait", "read-sa-token", "symlink-key")),
                leaf("ssh-bait", "SSH into the bait pod", 0.6, 0, 0.5, 1)
                        .withTechniques(List.of("MS-TA9010", "T1133"))
                        .withTripwires(List.of(new Tripwire("tw-ssh-accept", TripwireKind.TETRAGON,
                                Map.of("function", "inet_csk_accept", "binary", "/usr/sbin/sshd")))),
                leaf("read-sa-token", "Read the service account token", 0.9, 0, 0.1, 2)
                        .withTechniques(List.of("MS-TA9016")),
                leaf("symlink-key", "Symlink the key into /var/log", 0.5, 0, 2, 3)
                        .withTechniques(List.of("CE_VAR_LOG_SYMLINK")),
                leaf("via-escape", "Escape to the node", 0.2, 5000, 24, 4)
                        .withChildren(List.of("seccomp"))
                        .withTechniques(List.of("T1611")),
                Node.defence("seccomp", "Seccomp RuntimeDefault profile")
                        .withEstimates(new Estimates(0.7, null, null, null, null, "blocks most escape syscalls")));
        return new AttackTree("ksc-demo", "Steal the API server key", "", "goal", nodes);
    }

    private static Node leaf(String id, String label, double p, double cost, double hours, int skill) {
        return Node.attack(id, label).withEstimates(Estimates.of(p, cost, hours, skill));
    }

    /** A random tree of about {@code size} nodes, up to 6 children per node, gates mixed, leaves estimated. */
    public static AttackTree generated(int size, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>(size);
        List<List<String>> children = new ArrayList<>(size);
        nodes.add(Node.attack("n0", "Generated goal"));
        children.add(new ArrayList<>());
        List<Integer> open = new ArrayList<>(List.of(0));
        for (int i = 1; i < size; i++) {
            int parent = open.get(random.nextInt(open.size()));
            children.get(parent).add("n" + i);
            if (children.get(parent).size() >= 6) {
                open.remove(Integer.valueOf(parent));
            }
            nodes.add(Node.attack("n" + i, "Generated attack step number " + i));
            children.add(new ArrayList<>());
            open.add(i);
        }
        Gate[] gates = Gate.values();
        for (int i = 0; i < size; i++) {
            Node node = nodes.get(i).withChildren(children.get(i)).withGate(gates[random.nextInt(gates.length)]);
            if (node.isLeaf()) {
                node = node.withEstimates(Estimates.of(0.05 + 0.9 * random.nextDouble(), random.nextInt(5000),
                        0.5 + random.nextInt(48), 1 + random.nextInt(5)));
            }
            nodes.set(i, node);
        }
        return new AttackTree("generated-" + size, "Generated tree of " + size + " nodes", "", "n0", nodes);
    }
}
