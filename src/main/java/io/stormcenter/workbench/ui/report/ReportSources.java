package io.stormcenter.workbench.ui.report;

import io.stormcenter.workbench.analysis.EvidenceSet;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.report.ReportDeployment;
import io.stormcenter.workbench.telemetry.Observation;
import java.util.List;

/**
 * Where the dialog's report gets what was observed: the window's observations (those the heat panel
 * shows: a store, a replay, a live collection), others' imported sightings, and the deployment.
 * Called on the report's background thread.
 */
public interface ReportSources {

    /** The observations in hand, any order. */
    List<Observation> observations() throws Exception;

    /** Others' sightings imported for the model ({@code import-sightings}), by origin; empty when none. */
    EvidenceSet shared(AttackTree tree) throws Exception;

    /** The honeycluster deployed for the model, or {@link ReportDeployment#NONE}. */
    ReportDeployment deployment() throws Exception;
}
