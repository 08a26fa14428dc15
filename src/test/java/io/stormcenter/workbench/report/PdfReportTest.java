package io.stormcenter.workbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.ObservedHeat;
import io.stormcenter.workbench.heat.SessionRules;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.TripwireMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report opened with PDFBox: its sections, figures, bookmarks, paper, and what it must never print. */
class PdfReportTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private final PdfReport pdf = new PdfReport(new ReportAssembler(Calibration.withDefaults()));

    @TempDir
    Path folder;

    private static AttackTree sample(String name) throws Exception {
        return TreeFiles.read(Path.of("sample-models", name + ".json")).tree();
    }

    /** The document's text with every run of white space one space, so phrases match across line breaks. */
    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static List<String> bookmarks(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }

    @Test
    void a_design_time_report_has_every_section_in_its_contents_and_bookmarks_and_says_what_it_is() throws Exception {
        // given the KubeCon sample without observations
        AttackTree tree = sample("ksc-kubecon-2024");
        Path target = folder.resolve("kubecon.pdf");
        ReportRequest request = new ReportRequest(tree, "ksc-kubecon-2024.json", AttackerProfile.UNLIMITED, 20_000.0,
                PaperSize.A4, true, T0, null, null, null, null, List.of(), Set.of());

        // when
        long bytes = pdf.write(request, target, ReportProgress.NONE);

        // then
        assertThat(bytes).isEqualTo(Files.size(target));
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            String text = text(document);
            assertThat(text).contains("DESIGN-TIME RISK ASSESSMENT", "design-time risk assessment",
                    "Read the API server's private key through a bait pod", "20 November 2026", "$20,000");
            List<String> expected = new ArrayList<>(List.of("Contents"));
            ReportHtml.SECTIONS.forEach(s -> expected.add(s[1]));
            assertThat(bookmarks(document)).containsExactlyElementsOf(expected);
            for (String[] section : ReportHtml.SECTIONS) {
                assertThat(text).contains(section[1]);
            }
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page 2 of " + pages);
            PDRectangle first = document.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            assertThat(landscapePages(document)).isPositive();
            // the figures are the calibration's own, and the tree's labels are real text in the embedded font
            CalibratedTree calibrated = Calibration.withDefaults().run(tree, AttackerProfile.UNLIMITED,
                    EvidenceSet.empty(), io.stormcenter.workbench.honeycluster.SensorRecall.of(tree));
            assertThat(text).contains(ReportNumbers.interval(calibrated.rootProbability(), false),
                    ReportNumbers.interval(calibrated.risk(), true));
            assertThat(text).contains("SSH into the bait pod as", "DEFENCE \u00b7 PROPOSED");
            assertThat(text).contains("No sessions were observed");
        }
    }

    private static int landscapePages(PDDocument document) {
        int landscape = 0;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDRectangle box = document.getPage(i).getMediaBox();
            landscape += box.getWidth() > box.getHeight() ? 1 : 0;
        }
        return landscape;
    }

    @Test
    void letter_paper_is_letter() throws Exception {
        ReportRequest request = new ReportRequest(sample("cryptomining"), "cryptomining.json", null, null,
                PaperSize.LETTER, true, T0, null, null, null, null, List.of(), Set.of());

        byte[] bytes = pdf.render(request, ReportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(612f,
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(792f,
                    org.assertj.core.data.Offset.offset(1f));
        }
    }

    /** Three attackers from three addresses: all SSH into the bait, two read the token, one calls the API. */
    private static ObservedHeat threeSessions(AttackTree tree) {
        List<Observation> observations = new ArrayList<>();
        String[][] steps = {{"ssh-bait", "read-sa-token", "client-in-image"}, {"ssh-bait", "read-sa-token"},
            {"ssh-bait"}};
        for (int s = 0; s < steps.length; s++) {
            String address = "203.0.113." + (7 + s);
            for (int k = 0; k < steps[s].length; k++) {
                Instant at = T0.plusSeconds(3600L * s + 60L * k);
                Actor actor = new Actor("attacker-" + s, List.of(), null, List.of(address), "curl", null, null, null,
                        null, null, null, null, null, null);
                observations.add(new Observation(at, at, SensorKind.AUDIT, "test", actor, "pods/x",
                        List.of(new TripwireMatch(tree.node(steps[s][k]).tripwires().get(0).id(), steps[s][k],
                                Outcome.COUNTED, null)),
                        "test:" + s + ":" + k, ""));
            }
        }
        return ObservedHeat.of(tree, SessionRules.defaults(List.of()), TimeWindow.ALL, observations);
    }

    @Test
    void with_observations_it_is_evidence_based_with_counts_heat_and_anonymised_addresses() throws Exception {
        AttackTree tree = sample("ksc-kubecon-2024");
        ObservedHeat observed = threeSessions(tree);
        assertThat(observed.sessions()).hasSize(3);
        ReportRequest request = new ReportRequest(tree, "ksc-kubecon-2024.json", AttackerProfile.UNLIMITED, 20_000.0,
                PaperSize.A4, true, T0, "kind-honeycluster", observed, "the last 7d", null, List.of(), Set.of());

        byte[] bytes = pdf.render(request, ReportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = text(document);
            assertThat(text).contains("EVIDENCE-BASED RISK ASSESSMENT", "kind-honeycluster", "3 attacker sessions",
                    "203.0.x.x", "Heat (distinct sessions per edge, log scale)");
            assertThat(text).doesNotContain("203.0.113.7", "203.0.113.8", "design-time risk assessment");
            // ssh-bait: all three of the three sessions under via-logs; read-sa-token two of three
            assertThat(text).contains("3/3", "2/3");
        }
    }

    @Test
    void no_honeytoken_value_planted_token_or_kubeconfig_credential_is_ever_printed() throws Exception {
        // given secret-theft's compiled plan (its honeytokens hold fake credentials) and a kubeconfig token
        AttackTree tree = sample("secret-theft");
        HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, CompileOptions.seeded(7));
        Set<String> secrets = new HashSet<>(PlanSecrets.of(plan));
        String kubeconfigToken = "eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ.kubeconfig-credential";
        secrets.add(kubeconfigToken);
        assertThat(PlanSecrets.of(plan)).isNotEmpty();
        ReportRequest request = new ReportRequest(tree, "secret-theft.json", AttackerProfile.UNLIMITED, 50_000.0,
                PaperSize.A4, true, T0, "prod-context", null, null, null, plan.index().entries(), secrets);

        byte[] bytes = pdf.render(request, ReportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = text(document);
            assertThat(text).contains("Appendix: trip-wire inventory", "prod-context");
            for (String secret : secrets) {
                if (secret.length() >= 6) {
                    assertThat(text).as("a secret of the plan").doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void a_report_that_would_print_a_secret_is_refused_and_says_so_without_the_secret() throws Exception {
        AttackTree tree = sample("cryptomining");
        String leaked = "AKIAZZZZLEAKEDKEY1234";
        AttackTree careless = tree.withNode(tree.node("kubelet-api").withLabel("Use the key " + leaked));
        ReportRequest request = new ReportRequest(careless, "x.json", null, null, PaperSize.A4, true, T0, null, null,
                null, null, List.of(), Set.of(leaked));
        Path target = folder.resolve("never.pdf");

        assertThatThrownBy(() -> pdf.write(request, target, ReportProgress.NONE))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("nothing was written")
                .hasMessageNotContaining(leaked);
        assertThat(target).doesNotExist();
    }

    @Test
    void source_addresses_keep_only_their_network() {
        assertThat(AddressMask.mask("203.0.113.7")).isEqualTo("203.0.x.x");
        assertThat(AddressMask.mask("2001:db8:85a3::8a2e:370:7334")).isEqualTo("2001:db8::/32");
        assertThat(AddressMask.mask("attacker.example")).isEqualTo("(name hidden)");
    }

    @Test
    void a_tree_too_wide_for_one_page_is_cut_between_cards_at_a_readable_scale_after_a_map() throws Exception {
        // given a goal with sixty steps side by side: far too wide for one landscape A4 page
        List<io.stormcenter.workbench.model.Node> nodes = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            steps.add("s" + i);
            nodes.add(io.stormcenter.workbench.model.Node.attack("s" + i, "Step " + i));
        }
        nodes.add(0, io.stormcenter.workbench.model.Node.attack("goal", "Goal").withChildren(steps));
        var layout = io.stormcenter.workbench.layout.TreeLayout.of(new AttackTree("wide", "Wide", "", "goal", nodes));
        double[] area = ReportHtml.tileArea(PaperSize.A4);

        TreeTiles tiles = TreeTiles.of(layout, area[0], area[1]);

        assertThat(tiles.tiles()).hasSizeGreaterThan(1);
        for (var box : layout.boxes()) {
            long holding = tiles.tiles().stream().filter(t -> t.contains(box.x(), box.y(), box.width(), box.height()))
                    .count();
            assertThat(holding).as("card %s lies whole on one tile", box.nodeId()).isEqualTo(1);
        }
        // at a scale that keeps 12 px labels readable in print, and with a map of the parts first
        assertThat(tiles.scale()).isGreaterThanOrEqualTo(0.6);
        assertThat(tiles.mapped()).isTrue();
        Path target = folder.resolve("wide.pdf");
        pdf.write(ReportRequest.designTime(new AttackTree("wide", "Wide", "", "goal", nodes), "wide.json"), target,
                ReportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            String text = text(document);
            assertThat(text).contains("Below, the whole tree with the part each page holds", "part 1", "part 2",
                    "The attack tree, part 2 of " + tiles.tiles().size());
            assertThat(landscapePages(document)).isEqualTo(tiles.tiles().size() + 1);
        }
    }
}
