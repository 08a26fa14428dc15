package io.stormcenter.workbench.heat;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.telemetry.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionLinkingTest {

    private static final String TOKEN_USER = "system:serviceaccount:payments-prod:ledger";
    private static final SessionRules RULES = SessionRules.defaults(List.of("admin@workbench"));

    private static List<Session> sessionsOf(ObservationStream stream) {
        return SessionTracker.of(HeatTrees.gates(), RULES, stream.all()).sessions();
    }

    @Test
    void the_same_identity_within_the_gap_is_one_session_and_beyond_it_two() {
        // given one identity at 0 and 29 minutes, then again 31 minutes after that
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "10.1.2.3", "a")
                .audit(29, "mallory", "10.1.2.3", "b").audit(60, "mallory", "10.1.2.3", "c");

        // when
        List<Session> sessions = sessionsOf(stream);

        // then
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).reachedIds()).containsExactly("a", "b");
        assertThat(sessions.get(0).links()).extracting(SessionLink::explanation)
                .containsExactly("joined by Kubernetes identity mallory");
        assertThat(sessions.get(1).reachedIds()).containsExactly("c");
    }

    @Test
    void the_gap_is_configurable() {
        // given the same stream and a 45-minute gap
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "10.1.2.3", "a")
                .audit(29, "mallory", "10.1.2.3", "b").audit(60, "mallory", "10.1.2.3", "c");

        // when
        List<Session> sessions = SessionTracker.of(HeatTrees.gates(), RULES.withGap(Duration.ofMinutes(45)),
                stream.all()).sessions();

        // then all three are one session, and SAND(a, b, c) is reached
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.reachedIds()).contains("steps", "goal"));
    }

    @Test
    void a_source_ip_outside_the_cluster_joins_different_identities() {
        // given two identities from one public address
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "203.0.113.7", "a")
                .audit(5, "system:serviceaccount:payments-prod:ledger", "203.0.113.7", "b");

        // when
        List<Session> sessions = sessionsOf(stream);

        // then
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.links()).extracting(SessionLink::explanation)
                .containsExactly("joined by source IP 203.0.113.7"));
    }

    @Test
    void a_cluster_internal_source_ip_joins_nobody() {
        // given two identities from one pod address and one from loopback each
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "10.244.1.7", "a")
                .audit(5, "eve", "10.244.1.7", "b").audit(6, "trent", "127.0.0.1", "c").audit(7, "oscar", "127.0.0.1", "d");

        // when
        List<Session> sessions = sessionsOf(stream);

        // then
        assertThat(sessions).hasSize(4);
    }

    @Test
    void the_anonymous_identity_joins_nobody() {
        // given two anonymous scanners from addresses that say nothing
        ObservationStream stream = new ObservationStream().audit(0, "system:anonymous", "10.0.0.1", "a")
                .audit(1, "system:anonymous", "10.0.0.2", "b");

        // when / then
        assertThat(sessionsOf(stream)).hasSize(2);
    }

    @Test
    void a_token_credential_id_joins_requests_from_different_addresses() {
        // given two requests with one token's credential id, from two public addresses, under two names
        Map<String, String> extra = Map.of(ObservationFacts.CREDENTIAL_ID, "JTI=5a1e2b6c");
        ObservationStream stream = new ObservationStream()
                .audit(0, TOKEN_USER, "203.0.113.7", "list", "secrets/payments-prod", "a", Outcome.COUNTED, extra)
                .audit(3, "system:serviceaccount:payments-prod:ledger-2", "198.51.100.2", "get",
                        "secrets/payments-prod/db", "b", Outcome.COUNTED, extra);

        // when / then
        assertThat(sessionsOf(stream)).singleElement().satisfies(s -> assertThat(s.links())
                .extracting(SessionLink::explanation)
                .containsExactly("joined by service-account token credential id JTI=5a1e2b6c"));
    }

    @Test
    void a_token_minted_for_a_pod_joins_the_processes_in_that_pod() {
        // given a shell in the bait pod reading the token (fired), then an API call with the token from elsewhere
        ObservationStream stream = new ObservationStream()
                .process(0, "exec-bash", "exec-sshd", "ledger-7d9f", "containerd://c1", "/bin/cat", "a")
                .audit(4, TOKEN_USER, "10.244.0.9", "list", "secrets/payments-prod", "b", Outcome.COUNTED,
                        Map.of(ObservationFacts.POD_NAME, "ledger-7d9f"));

        // when / then
        assertThat(sessionsOf(stream)).singleElement().satisfies(s -> assertThat(s.links())
                .extracting(SessionLink::explanation)
                .containsExactly("joined by pod payments-prod/ledger-7d9f"));
    }

    @Test
    void process_lineage_joins_a_child_to_its_parent_even_through_unmatched_processes() {
        // given sshd -> bash (unmatched) -> cat (fired a), and a second child of the same bash (fired b)
        ObservationStream stream = new ObservationStream()
                .process(0, "exec-bash", "exec-sshd", null, null, "/bin/bash", null)
                .process(1, "exec-cat", "exec-bash", null, null, "/bin/cat", "a")
                .process(2, "exec-curl", "exec-bash", null, null, "/usr/bin/curl", "b");

        // when / then
        assertThat(sessionsOf(stream)).singleElement().satisfies(s -> {
            assertThat(s.reachedIds()).containsExactly("a", "b");
            assertThat(s.links()).extracting(SessionLink::explanation)
                    .containsExactly("joined by exec_id lineage exec-bash", "joined by exec_id lineage exec-bash");
        });
    }

    @Test
    void siblings_whose_parent_was_never_seen_are_not_joined_by_lineage() {
        // given two processes started by the same (unseen) sshd listener, in no pod
        ObservationStream stream = new ObservationStream()
                .process(0, "exec-a", "exec-sshd-listener", null, null, "/bin/cat", "a")
                .process(1, "exec-b", "exec-sshd-listener", null, null, "/bin/cat", "b");

        // when / then
        assertThat(sessionsOf(stream)).hasSize(2);
    }

    @Test
    void a_container_joins_the_trip_wires_fired_in_it() {
        // given two unrelated processes in one container, each firing a trip-wire
        ObservationStream stream = new ObservationStream()
                .process(0, "exec-1", "exec-p1", null, "containerd://c9", "/bin/cat", "a")
                .process(2, "exec-2", "exec-p2", null, "containerd://c9", "/usr/bin/ln", "b");

        // when / then
        assertThat(sessionsOf(stream)).singleElement().satisfies(s -> assertThat(s.links())
                .extracting(SessionLink::explanation).containsExactly("joined by container containerd://c9"));
    }

    @Test
    void the_workloads_own_unmatched_processes_do_not_chain_attackers_through_the_gap() {
        // given attacker 1 fires a in a container, the workload runs a health check every 20 minutes, attacker 2
        // fires b in the same container an hour later
        ObservationStream stream = new ObservationStream()
                .process(0, "exec-1", "exec-p1", "ledger-7d9f", "containerd://c9", "/bin/cat", "a");
        for (int minute = 20; minute <= 60; minute += 20) {
            stream.process(minute, "exec-hc" + minute, "exec-init", "ledger-7d9f", "containerd://c9",
                    "/bin/healthcheck", null);
        }
        stream.process(65, "exec-2", "exec-p2", "ledger-7d9f", "containerd://c9", "/bin/cat", "b");

        // when / then
        assertThat(sessionsOf(stream)).hasSize(2);
    }

    @Test
    void one_login_uid_in_a_container_joins_processes_across_su() {
        // given two processes in no lineage but with one login uid in one container, neither firing at first
        ObservationStream stream = new ObservationStream()
                .process(0, "exec-1", "exec-p1", null, "containerd://c3", "/bin/su", "1000", null)
                .process(1, "exec-2", "exec-p2", null, "containerd://c3", "/bin/cat", "1000", "a");

        // when
        List<Session> sessions = SessionTracker.of(HeatTrees.gates(), RULES, stream.all()).sessions(true);

        // then
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.links()).extracting(SessionLink::explanation)
                .containsExactly("joined by login uid 1000 in container containerd://c3"));
    }

    @Test
    void an_observation_that_shares_values_with_two_sessions_merges_them_and_heat_counts_once() {
        // given mallory fires a from one address, eve fires b from another, then mallory acts from eve's address
        ObservationStream stream = new ObservationStream().audit(0, "mallory", "203.0.113.7", "a")
                .audit(1, "eve", "198.51.100.9", "b").audit(2, "mallory", "198.51.100.9", null);

        // when
        SessionTracker tracker = SessionTracker.of(HeatTrees.gates(), RULES, stream.all());

        // then
        assertThat(tracker.sessions()).singleElement().satisfies(s -> {
            assertThat(s.reachedIds()).containsExactly("a", "b");
            assertThat(s.observations()).hasSize(3);
            assertThat(s.links()).extracting(SessionLink::explanation).containsExactlyInAnyOrder(
                    "joined by Kubernetes identity mallory", "joined by source IP 198.51.100.9");
        });
        assertThat(tracker.heat(TimeWindow.ALL).sessions()).isEqualTo(1);
        assertThat(tracker.heat(TimeWindow.ALL).edge("steps", "a")).isEqualTo(1);
    }

    @Test
    void an_identity_that_creates_a_pod_owns_what_fires_in_it() {
        // given mallory creates a pod, then a process in that pod fires a trip-wire
        ObservationStream stream = new ObservationStream()
                .audit(0, "mallory", "10.244.0.9", "create", "pods/payments-prod/node-debugger", "a", Outcome.COUNTED,
                        Map.of())
                .process(3, "exec-nsenter", "exec-runc", "node-debugger", "containerd://d1", "/usr/bin/nsenter", "b");

        // when / then
        assertThat(sessionsOf(stream)).singleElement().satisfies(s -> assertThat(s.links())
                .extracting(SessionLink::explanation).containsExactly("joined by pod payments-prod/node-debugger"));
    }

    @Test
    void reading_a_pods_log_does_not_claim_the_pod() {
        // given mallory reads a pod's log (no create, no exec), then a process in that pod fires
        ObservationStream stream = new ObservationStream()
                .audit(0, "mallory", "10.244.0.9", "get", "pods/payments-prod/ledger-7d9f/log", "a", Outcome.COUNTED,
                        Map.of())
                .process(3, "exec-1", "exec-runc", "ledger-7d9f", "containerd://c1", "/bin/cat", "b");

        // when / then
        assertThat(sessionsOf(stream)).hasSize(2);
    }

    @Test
    void a_parent_whose_event_arrives_after_its_childs_still_joins_it() {
        // given the child's event first, then its parent's (a late delivery), then a sibling
        ObservationStream stream = new ObservationStream()
                .process(2, "exec-cat", "exec-bash", null, null, "/bin/cat", "a")
                .process(1, "exec-bash", "exec-sshd", null, null, "/bin/bash", "b");
        SessionTracker tracker = new SessionTracker(HeatTrees.gates(), RULES);

        // when fed in arrival order, not event time order
        stream.all().forEach(tracker::add);

        // then
        assertThat(tracker.sessions()).singleElement().satisfies(s -> assertThat(s.reachedIds())
                .containsExactly("b", "a"));
    }

    @Test
    void session_ids_and_first_and_last_seen_are_stable() {
        // given
        ObservationStream stream = new ObservationStream().audit(3, "mallory", "203.0.113.7", "a")
                .audit(9, "mallory", "203.0.113.7", "b");

        // when
        Session first = sessionsOf(stream).get(0);
        Session again = sessionsOf(stream).get(0);

        // then
        assertThat(first.id()).isEqualTo(again.id()).matches("S-[0-9a-f]{10}");
        assertThat(first.firstSeen()).isEqualTo(ObservationStream.at(3));
        assertThat(first.lastSeen()).isEqualTo(ObservationStream.at(9));
    }
}
