package io.stormcenter.workbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.stormcenter.workbench.analysis.Calibration;
import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.PaperSize;
import io.stormcenter.workbench.report.PdfReport;
import io.stormcenter.workbench.report.ReportAssembler;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.ui.ScriptedDialogs;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import io.stormcenter.workbench.ui.heat.CaptureReplay;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Export Report dialog on a (headless) screen: the KubeCon sample with its demo capture replayed,
 * a budget and US Letter chosen, a real PDF written in the background and opened with PDFBox.
 */
@ExtendWith(ApplicationExtension.class)
class ReportExportGuiTest {

    private static final Path SAMPLES = Path.of("sample-models");

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private ReportExportViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AttackTree tree = TreeFiles.read(SAMPLES.resolve(CaptureReplay.DEMO_MODEL)).tree();
        ReportSources sources = new ReportSources() {
            @Override
            public List<Observation> observations() throws Exception {
                return CaptureReplay.replay(tree, SAMPLES.resolve(CaptureReplay.DEMO_CAPTURE));
            }

            @Override
            public EvidenceSet shared(AttackTree t) {
                return EvidenceSet.empty();
            }

            @Override
            public ReportDeployment deployment() {
                return ReportDeployment.NONE;
            }
        };
        // a machine without a PDF viewer: the dialog must say where the file is
        DocumentOpener headless = file -> {
            opened.add(file);
            return false;
        };
        model = new ReportExportViewModel(() -> tree, () -> CaptureReplay.DEMO_MODEL, sources,
                ReportExportViewModel.ReportWriter.of(new PdfReport(new ReportAssembler(Calibration.withDefaults()))),
                headless, Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
                TaskLane.immediate(worker, Platform::runLater), Platform::runLater, Runnable::run);
        Scene scene = new Scene(new ReportExportView(model, dialogs, stage::close), 640, 520);
        scene.getStylesheets().add(ReportExportView.class.getResource(WorkbenchCss.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void exporting_writes_the_evidence_based_pdf_with_the_chosen_budget_and_paper_and_says_where_it_is(FxRobot robot)
            throws Exception {
        // given a budget typed and US Letter chosen
        robot.interact(() -> {
            robot.lookup("#report-budget").queryAs(TextField.class).setText("$20,000");
            @SuppressWarnings("unchecked")
            ComboBox<PaperSize> paper = robot.lookup("#report-paper").queryAs(ComboBox.class);
            paper.setValue(PaperSize.LETTER);
        });
        Path target = folder.resolve("kubecon-risk-report.pdf");
        dialogs.files.add(target);

        // when Export is pressed and the report is written in the background
        robot.interact(() -> robot.lookup("#report-export").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> model.writtenProperty().get() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // then the PDF is on US Letter, evidence-based, with the budget, and the dialog says where it is
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            PDRectangle first = document.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("EVIDENCE-BASED RISK ASSESSMENT", "$20,000", "all recorded observations",
                    "Heat (distinct sessions per edge");
        }
        assertThat(opened).containsExactly(target);
        String step = robot.lookup("#report-step").queryAs(Label.class).getText();
        assertThat(step).startsWith("Wrote kubecon-risk-report.pdf").contains("evidence-based",
                "No PDF viewer could be started here", target.toAbsolutePath().toString());
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new File("target", "report-dialog.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void a_budget_that_is_no_amount_keeps_export_disabled_and_says_why(FxRobot robot) {
        robot.interact(() -> robot.lookup("#report-budget").queryAs(TextField.class).setText("a lot"));

        assertThat(robot.lookup("#report-export").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#report-budget-problem").queryAs(Label.class).getText())
                .contains("amount in dollars");
    }
}
