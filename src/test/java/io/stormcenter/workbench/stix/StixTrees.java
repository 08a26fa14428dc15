package io.stormcenter.workbench.stix;

import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.DefenceStatus;
import io.stormcenter.workbench.model.Estimates;
import io.stormcenter.workbench.model.Gate;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.model.Position;
import io.stormcenter.workbench.model.Tripwire;
import io.stormcenter.workbench.model.TripwireKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Trees for the STIX tests: the bundled samples and one that uses every kind of edge STIX must carry. */
final class StixTrees {

    private StixTrees() {
    }

    static List<Path> samples() {
        try (var files = Files.list(Path.of("sample-models"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A SAND path with trip-wires of several kinds, an OR alternative, a defence that an attack
     * defeats, a defence refined by AND, every estimate, impact, notes, positions and tags.
     */
    static AttackTree everyEdge() {
        Node goal = Node.attack("goal", "Read apiserver.key").withGate(Gate.OR).withImpact(250000.0)
                .withChildren(List.of("path", "escape")).withDescription("The cluster's signing key.");
        Node path = Node.attack("path", "Through kubectl logs").withGate(Gate.SAND)
                .withChildren(List.of("ssh", "pv", "logs"));
        Node ssh = Node.attack("ssh", "SSH into checkout-ssh")
                .withEstimates(new Estimates(0.6, 5.0, 0.0, 0.5, 1, "scanners find root/root in hours"))
                .withTechniques(List.of("MS-TA9010", "T1133"))
                .withTripwires(List.of(new Tripwire("tw-ssh-accept", TripwireKind.TETRAGON,
                                Map.of("function", "inet_csk_accept", "binary", "/usr/sbin/sshd")),
                        new Tripwire("tw-ssh-bait", TripwireKind.BAIT, Map.of("workload", "ssh", "expose", "NodePort"))))
                .withPosition(new Position(120, 340.5));
        Node pv = Node.attack("pv", "Create a hostPath volume on /var/log").withTechniques(List.of("T1611", "CE_NSENTER"))
                .withEstimates(Estimates.of(0.4, 0, 0.25, 3))
                .withTripwires(List.of(new Tripwire("tw-pv", TripwireKind.AUDIT,
                        Map.of("verbs", "create", "resource", "persistentvolumes"))))
                .withChildren(List.of("psa"));
        Node psa = Node.defence("psa", "Pod Security admission: restricted").withGate(Gate.AND)
                .withChildren(List.of("label-ns", "audit-psa", "kyverno-off"))
                .withEstimates(new Estimates(0.8, null, null, null, null, null));
        Node labelNs = Node.defence("label-ns", "Label the namespace").withStatus(DefenceStatus.PROPOSED);
        Node auditPsa = Node.defence("audit-psa", "Audit exemptions").withNotes("weekly");
        Node kyvernoOff = Node.attack("kyverno-off", "Disable the admission webhook")
                .withTripwires(List.of(new Tripwire("tw-webhook", TripwireKind.FALCO, Map.of(
                        "rule", "Webhook deleted", "condition", "proc.cmdline glob \"kubectl delete validatingwebhook*\"",
                        "output", "webhook deleted (%proc.cmdline)", "priority", "WARNING"))));
        Node logs = Node.attack("logs", "Read the key with kubectl logs")
                .withTripwires(List.of(new Tripwire("tw-logs", TripwireKind.AUDIT,
                        Map.of("verbs", "get", "resource", "pods", "subresource", "log", "namespace", "payments-prod"))));
        Node escape = Node.attack("escape", "").withTechniques(List.of("T1611"))
                .withTripwires(List.of(new Tripwire("tw-token", TripwireKind.HONEYTOKEN,
                                Map.of("secret", "billing-db", "flavor", "postgres")),
                        new Tripwire("tw-sa", TripwireKind.CANARY_SERVICE_ACCOUNT, Map.of("name", "billing-sync")),
                        new Tripwire("tw-ev", TripwireKind.K8S_EVENT, Map.of("reason", "BackOff")),
                        new Tripwire("tw-ks", TripwireKind.KUBESCAPE, Map.of("rule", "R0001"))));
        return new AttackTree("payments-prod-key", "Read the API server's key", "Two lines\nof description.", "goal",
                List.of(goal, path, ssh, pv, psa, labelNs, auditPsa, kyvernoOff, logs, escape));
    }
}
