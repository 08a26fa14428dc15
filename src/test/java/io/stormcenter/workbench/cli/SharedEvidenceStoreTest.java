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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Others' sightings imported for a store chosen with --store count, under their origin and next to one's
 * own sessions, in every command that calibrates with that store: analyze, defences and report.
 */
class SharedEvidenceStoreTest {

    @TempDir
    Path folder;

    private Path ours;
    private Path theirs;
    private Path theirStore;

    @BeforeEach
    void two_teams_with_the_same_model_one_sharing_its_sessions() throws Exception {
        Files.createDirectories(folder.resolve("ours"));
        Files.createDirectories(folder.resolve("theirs"));
        Files.createDirectories(folder.resolve("stores"));
        ours = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("ours/secret-theft.json"));
        theirs = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("theirs/secret-theft.json"));
        theirStore = folder.resolve("stores/team-red.db");
        String namespace = new HoneyclusterCompiler().compile(TreeFiles.read(ours).tree(), CompileOptions.seeded(1))
                .namespace();
        String account = "system:serviceaccount:" + namespace + ":ci-deployer";
        Path blue = Files.write(folder.resolve("blue.jsonl"), List.of(
                ShareCommandsTest.audit("b1", account, "list", "secrets", namespace, null, 200, "2026-11-20T09:15:10Z"),
                ShareCommandsTest.audit("b2", "eve", "list", "secrets", namespace, null, 200, "2026-11-21T11:00:00Z")
                        .replace("203.0.113.7", "198.51.100.40")));
        assertThat(CliRun.of("replay", ours.toString(), blue.toString()).exitCode()).isZero();
        Path bundle = folder.resolve("blue.stix.json");
        CliRun share = CliRun.of("share", ours.toString(), "--window", "all", "--sender", "Team Blue", "-o",
                bundle.toString());
        assertThat(share.exitCode()).as(share.err()).isZero();
        Path red = Files.write(folder.resolve("red.jsonl"), List.of(
                ShareCommandsTest.audit("r1", "mallory", "get", "secrets", namespace, "aws-prod-deployer", 403,
                        "2026-11-22T08:00:00Z")));
        CliRun replay = CliRun.of("replay", theirs.toString(), red.toString(), "--store", theirStore.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();

        CliRun imported = CliRun.of("import-sightings", theirs.toString(), bundle.toString(), "--store",
                theirStore.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Kept " + folder.resolve(
                "stores/team-red.db.shared-sightings/stix-team-blue.stix.json"));
    }

    @Test
    void analyze_with_the_store_counts_the_shared_sightings_next_to_its_own_sessions_by_origin() throws Exception {
        CliRun run = CliRun.of("analyze", theirs.toString(), "--store", theirStore.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode listing = node(new ObjectMapper().readTree(run.out()), "list-secrets-api");
        assertThat(listing.at("/observed/byOrigin/stix: Team Blue/reached").asInt()).isEqualTo(2);
        assertThat(listing.at("/observed/byOrigin/own sensors/opportunities").asInt()).isEqualTo(1);
        assertThat(listing.at("/observed/byOrigin/own sensors/reached").asInt()).isZero();
        assertThat(listing.at("/observed/reached").asInt()).isEqualTo(2);
    }

    @Test
    void analyze_as_text_labels_each_count_by_its_origin() {
        CliRun run = CliRun.of("analyze", theirs.toString(), "--store", theirStore.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Calibrated by the observed sessions and shared sightings, by origin")
                .containsPattern("list-secrets-api .* \\[own sensors 0/1, stix: Team Blue 2/2\\]");
    }

    @Test
    void another_store_does_not_see_sightings_kept_for_this_one() throws Exception {
        CliRun run = CliRun.of("analyze", theirs.toString(), "--store", folder.resolve("stores/other.db").toString(),
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).toString()).doesNotContain("Team Blue");
    }

    @Test
    void defences_with_the_store_are_chosen_on_the_calibrated_figures() {
        CliRun run = CliRun.of("defences", theirs.toString(), "--budget", "100000", "--store", theirStore.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(calibrated by the observed sessions)");
    }

    @Test
    void the_report_with_the_store_names_the_shared_sightings_by_origin() throws Exception {
        Path pdf = folder.resolve("report.pdf");

        CliRun run = CliRun.of("report", theirs.toString(), "--store", theirStore.toString(), "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("evidence-based");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("shared sightings from stix: Team Blue");
        }
    }

    private static JsonNode node(JsonNode analysis, String id) {
        for (JsonNode node : analysis.at("/nodes")) {
            if (id.equals(node.get("id").asText())) {
                return node;
            }
        }
        throw new AssertionError(id + " not in " + analysis);
    }
}
