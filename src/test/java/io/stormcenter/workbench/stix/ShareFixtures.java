package io.stormcenter.workbench.stix;

import io.stormcenter.workbench.format.NativeFormat;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.TripwireMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Sessions on the KubeCon sample whose events hold addresses, tokens, a honeytoken value and names. */
public final class ShareFixtures {

    public static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    public static final String CLUSTER = "eks-payments-prod-eu1";
    public static final String NODE = "ip-10-0-3-17.eu-west-1.compute.internal";
    public static final String POD = "checkout-ssh-7d9f6c5b8-x2kqp";
    public static final String NAMESPACE = "payments-prod";
    public static final String CONTAINER = "containerd://4b7371b1104abe7634abc1c6f00d04a9ab79145d6093bec2783933a206afc632";
    public static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjVYTiJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    public static final String HONEYTOKEN = "pg-Hx7uQ2rLm9Vw";
    public static final String ATTACKER = "203.0.113.57";
    public static final String SECOND_ATTACKER = "198.51.100.23";
    public static final String SERVICE_ACCOUNT = "system:serviceaccount:payments-prod:billing-sync";

    private ShareFixtures() {
    }

    /** Two attackers on the KubeCon path, their events full of what must never be shared. */
    public static List<Session> sessions(AttackTree tree) {
        List<Observation> observations = List.of(
                tetragon(0, "tw-sshd-accept", "ssh-bait", "/usr/sbin/sshd", "-D -e"),
                tetragon(20, "tw-sa-token-open", "read-sa-token", "/usr/bin/cat",
                        "/var/run/secrets/kubernetes.io/serviceaccount/token"),
                tetragon(40, "tw-k8s-client-lib", "client-in-image", "/usr/bin/kubectl",
                        "--token=" + TOKEN + " --cluster " + CLUSTER + " get secrets"),
                audit(60, "tw-pv-create", "hostpath-pv", ATTACKER, "persistentvolumes/var-log-" + NAMESPACE),
                tetragon(80, "tw-symlinkat", "symlink-key", "/usr/bin/ln",
                        "-s /etc/kubernetes/pki/apiserver.key /var/log/pods/" + NAMESPACE + "_" + POD + "/x.log"),
                tetragon(90, "tw-key-open", "kubectl-logs", "/usr/bin/psql",
                        "postgres://billing:" + HONEYTOKEN + "@10.0.3.17:5432/db -h " + NODE),
                audit(100, "tw-pods-log", "kubectl-logs", SECOND_ATTACKER, "pods/" + NAMESPACE + "/" + POD));
        return ObservedHeat.of(tree, SessionRules.defaults(List.of()), TimeWindow.ALL, observations).sessions();
    }

    static Observation tetragon(int second, String tripwire, String node, String binary, String arguments) {
        Actor actor = new Actor(null, List.of(), null, List.of(), null, NODE, NAMESPACE, POD, CONTAINER, binary,
                arguments, "exec-" + second, "exec-0", "1000");
        return new Observation(T0.plusSeconds(second), T0.plusSeconds(second + 1), SensorKind.TETRAGON,
                "kafka:" + CLUSTER, actor, null, List.of(new TripwireMatch(tripwire, node, Outcome.COUNTED, null)),
                "tetragon-" + second, "{\"node_name\": \"" + NODE + "\", \"token\": \"" + TOKEN + "\"}");
    }

    private static Observation audit(int second, String tripwire, String node, String ip, String object) {
        Actor actor = new Actor(SERVICE_ACCOUNT, List.of("system:serviceaccounts"), null, List.of(ip, "10.0.3.17"),
                "kubectl/v1.28.8 (linux/amd64) " + CLUSTER, null, null, null, null, null, null, null, null, null);
        return new Observation(T0.plusSeconds(second), T0.plusSeconds(second + 1), SensorKind.AUDIT, "receiver", actor,
                object, List.of(new TripwireMatch(tripwire, node, Outcome.COUNTED, null)), "audit-" + second,
                "{\"user\": {\"username\": \"" + SERVICE_ACCOUNT + "\"}}");
    }

    public static AttackTree kubecon() {
        try {
            Path file = Path.of("sample-models/ksc-kubecon-2024.json");
            return NativeFormat.fromBytes(Files.readAllBytes(file), file.toString()).tree();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
