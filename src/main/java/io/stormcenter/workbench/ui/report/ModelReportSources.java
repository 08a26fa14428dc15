package io.stormcenter.workbench.ui.report;

import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.stix.SharedEvidence;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The window's sources: the observations the heat panel holds, and beside the open model's file the
 * sightings {@code import-sightings} kept (next to the default store) and the deployment record.
 * An untitled tree has neither.
 */
public record ModelReportSources(Supplier<List<Observation>> held, Supplier<Path> model) implements ReportSources {

    @Override
    public List<Observation> observations() {
        return held.get();
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
