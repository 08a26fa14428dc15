package io.stormcenter.workbench.ui.report;

import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.stix.SharedEvidence;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's sources: the observations the heat panel holds (a replay, a live collection), else those
 * of the store beside the open model's file ({@code MODEL.observations.db}, as the CLI's {@code report}
 * reads by default); and beside the model the sightings {@code import-sightings} kept and the deployment
 * record. An untitled tree has none of these.
 */
public record ModelReportSources(Supplier<List<Observation>> held, Supplier<Path> model) implements ReportSources {

    @Override
    public List<Observation> observations() {
        List<Observation> inHand = held.get();
        Path file = model.get();
        if (!inHand.isEmpty() || file == null) {
            return inHand;
        }
        StoreLocation beside = StoreLocation.besideModel(file);
        if (!Files.exists(beside.sqliteFile())) {
            return List.of();
        }
        try (JdbcObservationStore store = JdbcObservationStore.open(beside)) {
            return store.find(ObservationQuery.all());
        }
    }

    @Override
    public EvidenceSet shared(AttackTree tree) throws Exception {
        Path file = model.get();
        return file == null ? EvidenceSet.empty()
                : SharedEvidence.beside(StoreLocation.besideModel(file).sqliteFile()).load(tree);
    }

    @Override
    public ReportDeployment deployment() {
        return ReportDeployment.nextTo(model.get());
    }
}
