package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.model.AttackTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sessions out as anonymised sightings, and others' sightings in as evidence under their origin. */
class SightingsShareTest {

    private final AttackTree tree = ShareFixtures.kubecon();
    private final ShareOptions options = new ShareOptions(null, false, List.of(ShareFixtures.CLUSTER), List.of(ShareFixtures.HONEYTOKEN));

    @Test
    void no_shared_bundle_holds_an_address_a_token_a_honeytoken_value_or_a_cluster_node_or_pod_name() throws Exception {
        // given sessions whose events are full of what must not leave the machine
        List<Session> sessions = sessions();

        // when they are shared, with truncated and with hashed addresses
        for (boolean hash : List.of(false, true)) {
            ShareOptions mode = new ShareOptions(null, hash, options.names(), options.secrets());
            String json = SightingsShare.of(tree, sessions, mode, ShareFixtures.T0.plusSeconds(3600)).json();

            // then none of it is in the bundle
            assertThat(json).doesNotContain(ShareFixtures.CLUSTER, ShareFixtures.NODE, ShareFixtures.POD, ShareFixtures.NAMESPACE, ShareFixtures.CONTAINER.substring(13), ShareFixtures.TOKEN, ShareFixtures.HONEYTOKEN,
                    ShareFixtures.ATTACKER, ShareFixtures.SECOND_ATTACKER, "10.0.3.17", ShareFixtures.SERVICE_ACCOUNT, "billing-sync", "ip-10-0-3-17", "x2kqp");
            // and every address in it is a public network or a pseudo-address; the cluster's not even as a network
            assertThat(json).doesNotContain("10.0.3.0/24", "10.0.3.");
            Matcher addresses = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(/\\d+)?").matcher(json);
            while (addresses.find()) {
                assertThat(addresses.group()).matches(hash ? "198\\.1[89]\\.\\d+\\.\\d+"
                        : "(203\\.0\\.113|198\\.51\\.100)\\.0/24|198\\.1[89]\\.\\d+\\.\\d+");
            }
        }
    }

    @Test
    void what_is_shared_still_tells_what_happened() throws Exception {
        String json = SightingsShare.of(tree, sessions(), options, ShareFixtures.T0.plusSeconds(3600)).json();

        assertThat(json).contains("\"value\" : \"203.0.113.0/24\"", "/usr/sbin/sshd",
                "/usr/bin/kubectl --token=[redacted] --cluster name-1 get secrets",
                "\"user_id\" : \"user-1\"", "\"resource\" : \"persistentvolumes\"", "\"name\" : \"SSH into the bait pod as root/root\"", "/usr/bin/ln -s /etc/kubernetes/pki/apiserver.key /var/log/pods/namespace-1_pod-1/x.log");
    }

    @Test
    void a_shared_bundle_passes_the_structural_check() throws Exception {
        String json = SightingsShare.of(tree, sessions(), options, ShareFixtures.T0.plusSeconds(3600)).json();

        assertThat(StixStructureCheck.problems(StixBundle.JSON.readTree(json))).isEmpty();
    }

    @Test
    void sessions_shared_and_read_back_give_the_same_evidence_under_the_senders_origin() throws Exception {
        // given
        List<Session> sessions = sessions();
        ShareOptions signed = new ShareOptions("KSC community honeynet", false, List.of(), List.of());
        byte[] shared = SightingsShare.of(tree, sessions, signed, ShareFixtures.T0.plusSeconds(3600)).bytes();

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
        return ShareFixtures.sessions(tree);
    }
}
