package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stormcenter.workbench.analysis.EvidenceSet;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sessions out as anonymised sightings, and others' sightings in as evidence under their origin. */
class SightingsShareTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String CLUSTER = "eks-payments-prod-eu1";
    private static final String NODE = "ip-10-0-3-17.eu-west-1.compute.internal";
    private static final String POD = "checkout-ssh-7d9f6c5b8-x2kqp";
    private static final String NAMESPACE = "payments-prod";
    private static final String CONTAINER = "containerd://4b7371b1104abe7634abc1c6f00d04a9ab79145d6093bec2783933a206afc632";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjVYTiJ9.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    private static final String HONEYTOKEN = "pg-Hx7uQ2rLm9Vw";
    private static final String ATTACKER = "203.0.113.57";
    private static final String SECOND_ATTACKER = "198.51.100.23";
    private static final String SERVICE_ACCOUNT = "system:serviceaccount:payments-prod:billing-sync";

    private final AttackTree tree = kubecon();
    private final ShareOptions options = new ShareOptions(null, false, List.of(CLUSTER), List.of(HONEYTOKEN));

    @Test
    void no_shared_bundle_holds_an_address_a_token_a_honeytoken_value_or_a_cluster_node_or_pod_name() throws Exception {
        // given sessions whose events are full of what must not leave the machine
        List<Session> sessions = sessions();

        // when they are shared, with truncated and with hashed addresses
        for (boolean hash : List.of(false, true)) {
            ShareOptions mode = new ShareOptions(null, hash, options.names(), options.secrets());
            String json = SightingsShare.of(tree, sessions, mode, T0.plusSeconds(3600)).json();

            // then none of it is in the bundle
            assertThat(json).doesNotContain(CLUSTER, NODE, POD, NAMESPACE, CONTAINER.substring(13), TOKEN, HONEYTOKEN,
                    ATTACKER, SECOND_ATTACKER, "10.0.3.17", SERVICE_ACCOUNT, "billing-sync", "ip-10-0-3-17", "x2kqp");
            // and every address in it is a network or a pseudo-address
            Matcher addresses = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(/\\d+)?").matcher(json);
            while (addresses.find()) {
                assertThat(addresses.group()).matches(hash ? "198\\.1[89]\\.\\d+\\.\\d+" : ".*\\.0/24");
            }
        }
    }

    @Test
    void what_is_shared_still_tells_what_happened() throws Exception {
        String json = SightingsShare.of(tree, sessions(), options, T0.plusSeconds(3600)).json();

        assertThat(json).contains("\"value\" : \"203.0.113.0/24\"", "/usr/sbin/sshd",
                "/usr/bin/kubectl --token=[redacted] --cluster name-1 get secrets",
                "\"user_id\" : \"user-1\"", "\"resource\" : \"persistentvolumes\"", "\"name\" : \"SSH into the bait pod as root/root\"", "/usr/bin/ln -s /etc/kubernetes/pki/apiserver.key /var/log/pods/namespace-1_pod-1/x.log");
    }

    @Test
    void a_shared_bundle_passes_the_structural_check() throws Exception {
        String json = SightingsShare.of(tree, sessions(), options, T0.plusSeconds(3600)).json();

        assertThat(StixStructureCheck.problems(StixBundle.JSON.readTree(json))).isEmpty();
    }

    @Test
    void sessions_shared_and_read_back_give_the_same_evidence_under_the_senders_origin() throws Exception {
        // given
        List<Session> sessions = sessions();
        ShareOptions signed = new ShareOptions("KSC community honeynet", false, List.of(), List.of());
        byte[] shared = SightingsShare.of(tree, sessions, signed, T0.plusSeconds(3600)).bytes();

        // when
        SharedSightings read = SightingsImport.read(shared, "shared.stix.json", tree, "shared.stix.json");

        // then exactly the evidence the sessions give, kept under the sender's name
        List<Set<String>> reached = new ArrayList<>();
        sessions.forEach(s -> reached.add(Set.copyOf(s.reachedIds())));
        EvidenceSet expected = EvidenceSet.fromSessions(tree, "stix: KSC community honeynet", reached);
        assertThat(read.origin()).isEqualTo("stix: KSC community honeynet");
        assertThat(read.evidence().items()).containsExactlyInAnyOrderElementsOf(expected.items());
        assertThat(read.evidence().items()).isNotEmpty().allMatch(e -> !e.isOwn());
        assertThat(read.sessions()).isEqualTo((int) sessions.stream().filter(s -> !s.reached().isEmpty()).count());
        assertThat(read.oddities()).isEmpty();
    }

    @Test
    void sightings_from_another_model_match_by_label_and_technique_and_the_rest_is_listed() throws Exception {
        String bundle = """
                {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
                 {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--44273e30-a696-4157-ade8-86a7071d9a27",
                  "created": "2024-03-30T18:00:00Z", "modified": "2024-03-30T18:00:00Z", "name": "ssh into the BAIT pod as ROOT/root"},
                 {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b",
                  "created": "2024-03-30T18:00:00Z", "modified": "2024-03-30T18:00:00Z", "name": "Something else entirely"},
                 {"type": "sighting", "spec_version": "2.1", "id": "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f",
                  "created": "2024-03-30T18:00:00Z", "modified": "2024-03-30T18:00:00Z",
                  "sighting_of_ref": "attack-pattern--44273e30-a696-4157-ade8-86a7071d9a27"},
                 {"type": "sighting", "spec_version": "2.1", "id": "sighting--1c7f4d2f-6b5e-4d3c-8f90-2b3c4d5e6f70",
                  "created": "2024-03-30T18:00:00Z", "modified": "2024-03-30T18:00:00Z",
                  "sighting_of_ref": "attack-pattern--1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b"}]}
                """;

        SharedSightings read = SightingsImport.read(bundle.getBytes(StandardCharsets.UTF_8), "peer.json", tree,
                "peer.json");

        assertThat(read.origin()).isEqualTo("stix: peer.json");
        assertThat(read.sightings()).isEqualTo(1);
        assertThat(read.evidence().byOrigin("ssh-bait")).containsKey("stix: peer.json");
        assertThat(read.oddities()).contains("sightings of nothing in this model (left out): Something else entirely")
                .anyMatch(l -> l.startsWith("sightings without a session"));
    }

    private List<Session> sessions() {
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

    private static Observation tetragon(int second, String tripwire, String node, String binary, String arguments) {
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

    private static AttackTree kubecon() {
        try {
            Path file = Path.of("sample-models/ksc-kubecon-2024.json");
            return NativeFormat.fromBytes(Files.readAllBytes(file), file.toString()).tree();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
