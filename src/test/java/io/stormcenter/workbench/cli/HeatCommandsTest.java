package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** heat and sessions on the secret-theft sample after replaying audit events into its store. */
class HeatCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path model;
    private String namespace;

    @BeforeEach
    void replayAnAttack() throws Exception {
        model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        namespace = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(), CompileOptions.seeded(1))
                .namespace();
        // mallory, from a public address, is refused the AWS honeytoken; a minute later the planted ci-deployer
        // token lists secrets from the same address; the kubelet fetches the honeytoken to mount it
        List<String> events = new ArrayList<>();
        events.add(audit("a1", "mallory", "get", "secrets", "aws-prod-deployer", 403, "2026-11-20T09:14:03Z"));
        events.add(audit("a2", "system:serviceaccount:" + namespace + ":ci-deployer", "list", "secrets", null, 200,
                "2026-11-20T09:15:10Z"));
        events.add(audit("a3", "system:node:worker-1", "get", "secrets", "aws-prod-deployer", 200,
                "2026-11-20T09:16:00Z"));
        Path file = Files.write(folder.resolve("audit.jsonl"), events);
        CliRun replay = CliRun.of("replay", model.toString(), file.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
    }

    private String audit(String id, String user, String verb, String resource, String name, int code, String time) {
        String uri = "/api/v1/namespaces/" + namespace + "/" + resource + (name == null ? "" : "/" + name);
        return ("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"%s\","
                + "\"stage\":\"ResponseComplete\",\"requestURI\":\"%s\",\"verb\":\"%s\","
                + "\"user\":{\"username\":\"%s\",\"groups\":[\"system:authenticated\"]},"
                + "\"sourceIPs\":[\"203.0.113.7\"],\"userAgent\":\"kubectl/v1.30.2\",\"objectRef\":{\"resource\":\"%s\","
                + "\"namespace\":\"%s\"%s,\"apiVersion\":\"v1\"},\"responseStatus\":{\"code\":%d},"
                + "\"requestReceivedTimestamp\":\"%s\",\"stageTimestamp\":\"%s\"}")
                .formatted(id, uri, verb, user, resource, namespace, name == null ? "" : ",\"name\":\"" + name + "\"",
                        code, time, time);
    }

    @Test
    void heat_json_counts_the_sessions_per_node_and_edge() throws Exception {
        // when
        CliRun run = CliRun.of("heat", model.toString(), "--json");

        // then one session, joined by address, reached every step of list-secrets but out of order (the refused
        // read of the honeytoken came before the token that would have made it possible)
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("window").get("from").isNull()).isTrue();
        assertThat(root.get("sessions").asInt()).isEqualTo(1);
        assertThat(root.get("excluded").asInt()).isEqualTo(1);
        List<String> edges = new ArrayList<>();
        root.get("edges").forEach(e -> edges.add(e.get("parent").asText() + ">" + e.get("child").asText() + "="
                + e.get("sessions").asInt()));
        assertThat(edges).containsExactly("list-secrets>get-api-credentials=1", "list-secrets>list-secrets-api=1",
                "list-secrets>read-secret-data=1", "get-api-credentials>leaked-kubeconfig=1");
        List<String> nodes = new ArrayList<>();
        root.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertThat(nodes).containsExactly("get-api-credentials", "leaked-kubeconfig", "list-secrets-api",
                "read-secret-data");
    }

    @Test
    void sessions_json_shows_how_the_session_was_joined_and_what_it_reached_in_order() throws Exception {
        // when
        CliRun run = CliRun.of("sessions", model.toString(), "--json");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sessions = JSON.readTree(run.out()).get("sessions");
        assertThat(sessions).hasSize(1);
        JsonNode session = sessions.get(0);
        assertThat(session.get("firstSeen").asText()).isEqualTo("2026-11-20T09:14:03Z");
        assertThat(session.get("lastSeen").asText()).isEqualTo("2026-11-20T09:15:10Z");
        assertThat(session.get("links").get(0).get("explanation").asText())
                .isEqualTo("joined by source IP 203.0.113.7");
        assertThat(session.get("reached").get(0).get("node").asText()).isEqualTo("read-secret-data");
        // the refused read reached it first; the token's list reads every secret's data too, so not denied only
        assertThat(session.get("reached").get(0).has("denied")).isFalse();
        assertThat(session.get("observations")).hasSize(2);
        assertThat(session.get("observations").get(0).get("outcome").asText()).isEqualTo("denied");
    }

    @Test
    void sessions_text_lists_links_and_the_path() {
        // when
        CliRun run = CliRun.of("sessions", model.toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 session in all time")
                .contains("reached: read-secret-data > leaked-kubeconfig > get-api-credentials > list-secrets-api")
                .contains("joined by source IP 203.0.113.7 at 2026-11-20T09:15:10Z");
    }

    @Test
    void a_window_before_the_attack_shows_no_heat_and_a_bad_window_is_a_usage_error() throws Exception {
        // when
        CliRun early = CliRun.of("heat", model.toString(), "--json", "--window", "..2026-11-20T09:00:00Z");
        CliRun bad = CliRun.of("heat", model.toString(), "--window", "last tuesday");
        CliRun gap = CliRun.of("sessions", model.toString(), "--gap", "30s", "--json");

        // then
        assertThat(JSON.readTree(early.out()).get("sessions").asInt()).isZero();
        assertThat(JSON.readTree(early.out()).get("window").get("to").asText()).isEqualTo("2026-11-20T09:00:00Z");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--window: 'last tuesday' is not a length or window");
        assertThat(JSON.readTree(gap.out()).get("sessions")).hasSize(2);
    }
}
