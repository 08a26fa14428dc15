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

/** analyze --store, defences and report on secret-theft after replaying one attacker's API requests. */
class EvidenceCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path model;

    @BeforeEach
    void replayOneAttacker() throws Exception {
        model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        String namespace = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(), CompileOptions.seeded(1))
                .namespace();
        // the planted ci-deployer token lists the secrets, from one public address
        String event = ("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"e1\","
                + "\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/namespaces/%1$s/secrets\",\"verb\":\"list\","
                + "\"user\":{\"username\":\"system:serviceaccount:%1$s:ci-deployer\"},\"sourceIPs\":[\"203.0.113.7\"],"
                + "\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"%1$s\",\"apiVersion\":\"v1\"},"
                + "\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"2026-11-20T09:15:10Z\","
                + "\"stageTimestamp\":\"2026-11-20T09:15:10Z\"}").formatted(namespace);
        Path file = Files.write(folder.resolve("audit.jsonl"), List.of(event));
        CliRun replay = CliRun.of("replay", model.toString(), file.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
    }

    @Test
    void analyze_with_a_store_adds_the_calibrated_figures_on_the_root_and_per_node() throws Exception {
        CliRun run = CliRun.of("analyze", model.toString(), "--store", folder.resolve("secret-theft.observations.db")
                .toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        JsonNode calibrated = root.get("root").get("calibrated");
        assertThat(calibrated.get("low").asDouble()).isLessThan(calibrated.get("probability").asDouble());
        assertThat(calibrated.get("high").asDouble()).isGreaterThan(calibrated.get("probability").asDouble());
        assertThat(root.get("root").get("observed").asBoolean()).isTrue();
        JsonNode listed = null;
        for (JsonNode node : root.get("nodes")) {
            if (node.get("id").asText().equals("list-secrets-api")) {
                listed = node;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("observed").get("reached").asInt()).isEqualTo(1);
        assertThat(listed.get("observed").get("opportunities").asInt()).isEqualTo(1);
        // seen once in one chance: the estimate 0.6 moves up
        assertThat(listed.get("calibrated").get("probability").asDouble()).isGreaterThan(0.6);
    }

    @Test
    void analyze_without_a_store_prints_what_it_always_printed() {
        CliRun run = CliRun.of("analyze", model.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("calibrated", "\"nodes\"");
    }

    @Test
    void defences_lists_the_choice_for_the_budget_as_json() throws Exception {
        CliRun run = CliRun.of("defences", model.toString(), "--budget", "20000", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.get("exact").asBoolean()).isTrue();
        assertThat(plan.get("spent").asDouble()).isLessThanOrEqualTo(20000);
        assertThat(plan.get("riskAfter").asDouble()).isLessThan(plan.get("riskBefore").asDouble());
        assertThat(plan.get("chosen")).isNotEmpty();
        assertThat(plan.get("defences").size()).isEqualTo(9); // six proposals, three in place
    }

    @Test
    void report_writes_an_evidence_based_pdf_from_the_store() throws Exception {
        Path pdf = folder.resolve("out/report.pdf");

        CliRun run = CliRun.of("report", model.toString(), "--budget", "30000", "--paper", "Letter", "-o",
                pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote", "evidence-based");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("EVIDENCE-BASED RISK ASSESSMENT", "1 attacker session (1 observations)", "203.0.x.x", "$30,000");
            assertThat(text).doesNotContain("203.0.113.7");
        }
    }

    @Test
    void a_bad_paper_size_is_a_usage_error() {
        CliRun run = CliRun.of("report", model.toString(), "--paper", "A3", "-o", folder.resolve("x.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--paper", "A4 or Letter");
    }
}
