package io.stormcenter.workbench.format;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Trees written for the format tests. */
final class TestTrees {

    private TestTrees() {
    }

    /** A small tree that uses every field of the model, a SAND gate and a defence. */
    static AttackTree everyField() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("function", "inet_csk_accept");
        params.put("binary", "/usr/sbin/sshd");
        Node goal = Node.attack("goal", "Steal apiserver.key").withGate(Gate.OR)
                .withChildren(List.of("via-logs", "guess-key"))
                .withImpact(250000.0)
                .withDescription("The cluster's signing key.")
                .withNotes("Impact from the incident cost model.\nSecond line.");
        Node viaLogs = Node.attack("via-logs", "Read it through kubectl logs").withGate(Gate.SAND)
                .withChildren(List.of("ssh-bait", "read-token", "mfa"));
        Node ssh = Node.attack("ssh-bait", "SSH into the bait pod")
                .withEstimates(new Estimates(0.6, 5.0, 0.0, 0.5, 1, "root/root SSH is found by mass scanners"))
                .withTechniques(List.of("MS-TA9010", "T1133"))
                .withTripwires(List.of(new Tripwire("tw-ssh-accept", TripwireKind.TETRAGON, params),
                        new Tripwire("tw-ssh-bait", TripwireKind.BAIT, Map.of("workload", "ssh", "expose", "NodePort"))))
                .withPosition(new Position(120, 340.5));
        Node token = Node.attack("read-token", "Read the \"token\" \\ unicode \u00e9\u2192")
                .withEstimates(new Estimates(0.9, 2.5, 10.25, 0.25, 2, null));
        Node mfa = Node.defence("mfa", "Keys in an HSM")
                .withEstimates(new Estimates(0.3, null, null, null, null, "vendor figure"));
        Node guess = Node.attack("guess-key", "Guess the key")
                .withEstimates(new Estimates(1.0E-9, null, 1.0E7, 8760.0, 5, "brute force"));
        return new AttackTree("t1", "Title with \u00fc", "A tree\nwith two lines", "goal",
                List.of(goal, viaLogs, ssh, token, mfa, guess));
    }

    /** A chain of attack nodes {@code depth} levels deep, AND gates, estimates on the leaf. */
    static AttackTree chain(int depth) {
        List<Node> nodes = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            Node node = Node.attack("n" + i, "Step " + i).withGate(i % 2 == 0 ? Gate.AND : Gate.SAND);
            if (i + 1 < depth) {
                node = node.withChildren(List.of("n" + (i + 1)));
            } else {
                node = node.withEstimates(Estimates.of(0.5, 10, 1, 2));
            }
            nodes.add(node);
        }
        return new AttackTree("chain", "Chain", "", "n0", nodes);
    }

    /**
     * A random tree of {@code size} nodes, deterministic by seed: branching 2..5, AND/OR/SAND
     * gates, estimates and a technique on every leaf, a trip-wire on every third leaf.
     */
    static AttackTree random(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> children = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            children.add(new ArrayList<>());
        }
        int next = 1;
        for (int parent = 0; parent < size && next < size; parent++) {
            int branching = 2 + random.nextInt(4);
            for (int k = 0; k < branching && next < size; k++) {
                children.get(parent).add("n" + next++);
            }
        }
        Gate[] gates = Gate.values();
        List<Node> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Node node = Node.attack("n" + i, "Node " + i).withGate(gates[random.nextInt(gates.length)])
                    .withChildren(children.get(i));
            if (children.get(i).isEmpty()) {
                node = node.withEstimates(new Estimates(Math.round(random.nextDouble() * 1000) / 1000.0, 3.0,
                                (double) random.nextInt(10000), random.nextInt(1000) / 4.0, 1 + random.nextInt(5),
                                "generated"))
                        .withTechniques(List.of("T1609"));
                if (i % 3 == 0) {
                    node = node.withTripwires(List.of(new Tripwire("tw-" + i, TripwireKind.AUDIT,
                            Map.of("verbs", "get,list", "resource", "secrets"))));
                }
            }
            nodes.add(node);
        }
        return new AttackTree("random-" + seed, "Random tree", "", "n0", nodes);
    }
}
