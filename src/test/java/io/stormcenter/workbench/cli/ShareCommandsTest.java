package io.stormcenter.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.stormcenter.workbench.telemetry.StoreLocation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** share and import-sightings: one team's sessions out, anonymised, and into another team's evidence. */
class ShareCommandsTest {

    @TempDir
    Path folder;

    @Test
    void shared_sessions_leave_anonymised_and_count_as_the_senders_evidence_elsewhere() throws Exception {
        // given the secret-theft sample with an attack replayed into its store
        Files.createDirectories(folder.resolve("ours"));
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("ours/secret-theft.json"));
        String namespace = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(), CompileOptions.seeded(1))
                .namespace();
        String account = "system:serviceaccount:" + namespace + ":ci-deployer";
        Path events = Files.write(folder.resolve("audit.jsonl"), List.of(
                audit("a1", "mallory", "get", "secrets", namespace, "aws-prod-deployer", 403, "2026-11-20T09:14:03Z"),
                audit("a2", account, "list", "secrets", namespace, null, 200, "2026-11-20T09:15:10Z")));
        assertThat(CliRun.of("replay", model.toString(), events.toString()).exitCode()).isZero();
        Path bundle = folder.resolve("sightings.stix.json");

        // when it is shared, signed, and imported by a team that has the same model
        CliRun share = CliRun.of("share", model.toString(), "--window", "all", "--sender", "Team Blue", "-o",
                bundle.toString());
        Files.createDirectories(folder.resolve("theirs"));
        Path theirs = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("theirs/secret-theft.json"));
        CliRun imported = CliRun.of("import-sightings", theirs.toString(), bundle.toString());

        // then the bundle holds sightings but no address, user or namespace
        assertThat(share.exitCode()).as(share.err()).isZero();
        assertThat(share.out()).contains("Wrote " + bundle + ": 1 session, ", "anonymised");
        String json = Files.readString(bundle);
        assertThat(json).contains("\"type\" : \"sighting\"", "203.0.113.0/24", "Team Blue")
                .doesNotContain("203.0.113.7", "mallory", "ci-deployer", namespace);
        // and the other team keeps it apart, under the sender's name, as sessions per step
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path kept = folder.resolve("theirs/secret-theft.observations.db.shared-sightings/stix-team-blue.stix.json");
        assertThat(imported.out()).contains("Kept " + kept + " as evidence from 'stix: Team Blue': 1 session",
                "  list-secrets-api  1 of 1 sessions");
        assertThat(kept).exists();
        assertThat(folder.resolve("theirs/secret-theft.observations.db")).doesNotExist();
        // and calibration counts it next to their own sensors' (none), under the sender's name
        EvidenceInputs inputs = EvidenceInputs.of(theirs, StoreLocation.besideModel(theirs), TreeFiles.read(theirs).tree(),
                null);
        assertThat(inputs.evidence().origins()).containsExactly("stix: Team Blue");
        assertThat(inputs.evidence().byOrigin("list-secrets-api").get("stix: Team Blue").reached()).isEqualTo(1);
    }

    @Test
    void the_report_counts_imported_sightings_as_evidence_labelled_by_their_origin() throws Exception {
        // given a model whose store has none of its own sessions, and a bundle of another team's sighting imported
        // beside a store given with --store
        Path bundle = bundleOfOneSessionListingSecrets();
        Files.createDirectories(folder.resolve("theirs"));
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("theirs/secret-theft.json"));
        Path store = folder.resolve("elsewhere/obs.db");
        Files.createDirectories(store.getParent());
        CliRun imported = CliRun.of("import-sightings", model.toString(), bundle.toString(), "--store", store.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path pdf = folder.resolve("report.pdf");

        // when the report is written from that store
        CliRun report = CliRun.of("report", model.toString(), "--store", store.toString(), "-o", pdf.toString());

        // then it is evidence-based, and the step's evidence is the sender's, by name
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("evidence-based");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("EVIDENCE-BASED RISK ASSESSMENT", "shared sightings from stix: Team Blue",
                    "stix: Team Blue: 1/1");
            assertThat(text).contains("shared sightings are counted in the steps table");
        }
    }

    @Test
    void a_bundle_that_names_nothing_in_the_model_is_not_kept() throws Exception {
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("secret-theft.json"));
        Path bundle = Files.writeString(folder.resolve("other.json"), "{\"type\": \"bundle\", \"id\": \"bundle--x\","
                + " \"objects\": []}");

        CliRun run = CliRun.of("import-sightings", model.toString(), bundle.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Nothing in other.json counts for this model");
        assertThat(run.err()).contains("warning: bundles without sightings");
        assertThat(folder.resolve("secret-theft.observations.db.shared-sightings")).doesNotExist();
    }

    /** Our sessions (one listing the secrets through the planted token) shared as "Team Blue". */
    private Path bundleOfOneSessionListingSecrets() throws Exception {
        Files.createDirectories(folder.resolve("ours"));
        Path model = Files.copy(Path.of("sample-models/secret-theft.json"), folder.resolve("ours/secret-theft.json"));
        String namespace = new HoneyclusterCompiler().compile(TreeFiles.read(model).tree(), CompileOptions.seeded(1))
                .namespace();
        Path events = Files.write(folder.resolve("audit.jsonl"), List.of(audit("a2", "system:serviceaccount:"
                + namespace + ":ci-deployer", "list", "secrets", namespace, null, 200, "2026-11-20T09:15:10Z")));
        assertThat(CliRun.of("replay", model.toString(), events.toString()).exitCode()).isZero();
        Path bundle = folder.resolve("sightings.stix.json");
        CliRun share = CliRun.of("share", model.toString(), "--window", "all", "--sender", "Team Blue", "-o",
                bundle.toString());
        assertThat(share.exitCode()).as(share.err()).isZero();
        return bundle;
    }

    static String audit(String id, String user, String verb, String resource, String namespace, String name,
                                int code, String time) {
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
}
