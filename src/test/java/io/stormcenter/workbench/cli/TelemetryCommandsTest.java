package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** replay and observations on the secret-theft sample, its plan generated with the default seed. */
class TelemetryCommandsTest {

    @TempDir
    Path folder;

    private Path model;
    private String namespace;

    @BeforeEach
    void copySample() throws Exception {
        model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        namespace = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(), CompileOptions.seeded(1))
                .namespace();
    }

    /** An audit v1 Event at ResponseComplete: a get of a secret in the honey namespace. */
    private String secretGet(String auditId, String user, String secret, String time) {
        return ("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"%s\","
                + "\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/namespaces/%s/secrets/%s\",\"verb\":\"get\","
                + "\"user\":{\"username\":\"%s\",\"groups\":[\"system:authenticated\"]},\"sourceIPs\":[\"203.0.113.50\"],"
                + "\"userAgent\":\"kubectl/v1.30.2\",\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"%s\","
                + "\"name\":\"%s\",\"apiVersion\":\"v1\"},\"responseStatus\":{\"code\":200},"
                + "\"requestReceivedTimestamp\":\"%s\",\"stageTimestamp\":\"%s\"}")
                .formatted(auditId, namespace, secret, user, namespace, secret, time, time);
    }

    @Test
    void replay_prints_per_file_what_was_read_stored_known_and_malformed() throws Exception {
        // given
        Path file = Files.write(folder.resolve("audit.jsonl"), List.of(
                secretGet("a1", "mallory", "aws-prod-deployer", "2026-11-20T09:14:03.1Z"),
                "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"stage\":\"ResponseComplete\"}",
                secretGet("a2", "system:node:worker-1", "aws-prod-deployer", "2026-11-20T09:14:04.1Z")));
        // when
        CliRun first = CliRun.of("replay", model.toString(), file.toString());
        CliRun again = CliRun.of("replay", model.toString(), file.toString(), "--speed", "max");
        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("the plan generated with seed 1")
                .contains(file + ": 3 read, 2 stored, 0 already known, 1 malformed; 1 fired a trip-wire")
                .contains("malformed audit.jsonl:2: audit event field 'user': missing");
        assertThat(again.out()).contains(file + ": 3 read, 0 stored, 2 already known, 1 malformed");
        assertThat(folder.resolve("secret-theft.observations.db")).exists();
    }

    @Test
    void observations_lists_newest_first_as_json() throws Exception {
        // given
        Path file = Files.write(folder.resolve("audit.jsonl"), List.of(
                secretGet("a1", "mallory", "aws-prod-deployer", "2026-11-20T09:14:03.1Z"),
                secretGet("a2", "system:node:worker-1", "aws-prod-deployer", "2026-11-20T09:14:04.1Z")));
        CliRun.of("replay", model.toString(), file.toString());
        // when
        CliRun run = CliRun.of("observations", model.toString(), "--json");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("total").asInt()).isEqualTo(2);
        JsonNode newest = root.get("observations").get(0);
        assertThat(newest.get("time").asText()).isEqualTo("2026-11-20T09:14:04.100Z");
        assertThat(newest.get("outcome").asText()).isEqualTo("excluded");
        assertThat(newest.get("source").asText()).isEqualTo("audit");
        JsonNode older = root.get("observations").get(1);
        assertThat(older.get("outcome").asText()).isEqualTo("counted");
        assertThat(older.get("tripwire").asText()).isEqualTo("tw-aws-honeytoken");
        assertThat(older.get("node").asText()).isEqualTo("read-secret-data");
        assertThat(older.get("actor").get("user").asText()).isEqualTo("mallory");
        assertThat(older.get("actor").get("sourceIPs").get(0).asText()).isEqualTo("203.0.113.50");
    }

    @Test
    void observations_of_a_recent_window_leave_old_events_out() throws Exception {
        Path file = Files.write(folder.resolve("audit.jsonl"), List.of(
                secretGet("a1", "mallory", "aws-prod-deployer", "2020-01-01T00:00:00Z")));
        CliRun.of("replay", model.toString(), file.toString());
        CliRun recent = CliRun.of("observations", model.toString(), "--window", "24h");
        CliRun all = CliRun.of("observations", model.toString(), "--window", "all");
        assertThat(recent.out()).startsWith("0 observations");
        assertThat(all.out()).startsWith("1 observation").contains("tw-aws-honeytoken -> read-secret-data")
                .contains("user=mallory");
    }

    @Test
    void observations_of_a_model_never_collected_are_none_and_create_no_store() {
        CliRun run = CliRun.of("observations", model.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"total\" : 0");
        assertThat(folder.resolve("secret-theft.observations.db")).doesNotExist();
    }

    @Test
    void a_bad_window_or_speed_is_bad_usage() {
        assertThat(CliRun.of("observations", model.toString(), "--window", "yesterday").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("replay", model.toString(), "x.jsonl", "--speed", "fast").exitCode()).isEqualTo(2);
    }

    @Test
    void collect_without_a_source_is_bad_usage() {
        CliRun run = CliRun.of("collect", model.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--listen");
    }
}
