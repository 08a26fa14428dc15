package io.stormcenter.workbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.PaperSize;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.report.ReportRequest;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.ui.background.FxStandIn;
import io.stormcenter.workbench.ui.background.TaskLane;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Export Report dialog's state without a screen: what the core is asked for, and cancelling. */
class ReportExportViewModelTest {

    private static final Path TARGET = Path.of("target", "never-written.pdf");

    private final AttackTree tree = TreeFiles.read(Path.of("sample-models", "secret-theft.json")).tree();
    private final AtomicReference<ReportRequest> asked = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final FxStandIn fx = new FxStandIn();
    private EvidenceSet shared = EvidenceSet.empty();

    ReportExportViewModelTest() throws Exception {
    }

    private ReportExportViewModel model(ReportExportViewModel.ReportWriter writer) {
        ReportSources sources = new ReportSources() {
            @Override
            public List<Observation> observations() {
                return List.of();
            }

            @Override
            public EvidenceSet shared(AttackTree t) {
                return shared;
            }

            @Override
            public ReportDeployment deployment() {
                return new ReportDeployment("kind-honeycluster", List.of(), Set.of("pg-Hx7uQ2rLm9Vw"));
            }
        };
        return new ReportExportViewModel(() -> tree, () -> "secret-theft.json", sources, writer, file -> false,
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC),
                TaskLane.immediate(worker, fx::execute), fx::execute, Runnable::run);
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
        fx.close();
    }

    @Test
    void the_report_is_asked_for_with_the_dialogs_choices_the_deployment_and_the_shared_sightings() throws Exception {
        // given another team's sighting of one step imported for the model
        shared = EvidenceSet.fromSessions(tree, "stix: Team Blue", List.of(Set.of("list-secrets-api")));
        ReportExportViewModel model = model((request, target, progress) -> {
            asked.set(request);
            progress.step("Rendering", 0.5);
            return 1234;
        });

        // when the choices are made and the report exported
        fx.call(() -> {
            model.budgetProperty().set("$20,000");
            model.paperProperty().set(PaperSize.LETTER);
            model.anonymiseProperty().set(false);
            model.export(TARGET);
            return null;
        });
        fx.awaitTrue(() -> model.writtenProperty().get() != null, Duration.ofSeconds(10));

        // then
        ReportRequest request = asked.get();
        assertThat(request.budget()).isEqualTo(20_000.0);
        assertThat(request.paper()).isEqualTo(PaperSize.LETTER);
        assertThat(request.anonymise()).isFalse();
        assertThat(request.modelName()).isEqualTo("secret-theft.json");
        assertThat(request.clusterContext()).isEqualTo("kind-honeycluster");
        assertThat(request.secrets()).containsExactly("pg-Hx7uQ2rLm9Vw");
        assertThat(request.shared().origins()).containsExactly("stix: Team Blue");
        assertThat(request.observed()).isNull();
        assertThat(request.hasObservations()).isTrue();
        assertThat(fx.call(() -> model.stepProperty().get())).startsWith("Wrote never-written.pdf (1 KiB, evidence-based)")
                .contains("No PDF viewer could be started here");
    }

    @Test
    void without_shared_sightings_chosen_the_report_counts_none() throws Exception {
        shared = EvidenceSet.fromSessions(tree, "stix: Team Blue", List.of(Set.of("list-secrets-api")));
        ReportExportViewModel model = model((request, target, progress) -> {
            asked.set(request);
            return 1;
        });

        fx.call(() -> {
            model.includeSharedProperty().set(false);
            model.export(TARGET);
            return null;
        });
        fx.awaitTrue(() -> model.writtenProperty().get() != null, Duration.ofSeconds(10));

        assertThat(asked.get().shared().isEmpty()).isTrue();
        assertThat(asked.get().hasObservations()).isFalse();
        assertThat(asked.get().budget()).isNull();
    }

    @Test
    void cancelling_stops_the_writing_between_steps_and_nothing_is_reported_written() throws Exception {
        // given a report that waits in its middle step until told to go on
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ReportExportViewModel model = model((request, target, progress) -> {
            progress.step("Rendering", 0.4);
            started.countDown();
            goOn.await(10, TimeUnit.SECONDS);
            if (progress.cancelled()) {
                throw new InterruptedException("cancelled");
            }
            return 1;
        });
        fx.call(() -> {
            model.export(TARGET);
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // when
        fx.call(() -> {
            model.cancel();
            return null;
        });
        goOn.countDown();

        // then
        fx.awaitTrue(() -> !model.runningProperty().get(), Duration.ofSeconds(10));
        Thread.sleep(100);
        assertThat(fx.call(() -> model.writtenProperty().get())).isNull();
        assertThat(fx.call(() -> model.stepProperty().get())).isEqualTo("Cancelled");
    }

    @Test
    void a_budget_is_dollars_zero_or_more_and_blank_is_none() {
        assertThat(ReportExportViewModel.parseBudget(" $20,000 ")).isEqualTo(20_000.0);
        assertThat(ReportExportViewModel.parseBudget("")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportExportViewModel.parseBudget("-5"))
                .hasMessageContaining("zero or more");
    }
}
