package io.stormcenter.workbench.report;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.CalibratedTree;
import io.stormcenter.workbench.analysis.DefencePlan;
import io.stormcenter.workbench.analysis.Evaluation;
import io.stormcenter.workbench.picture.HeatOverlay;
import io.stormcenter.workbench.picture.TreePicture;
import java.util.List;

/**
 * A report's figures, computed once and then only laid out: the evaluation of the tree as it
 * stands, the calibrated figures, the defence plan for the budget, the ranked scenarios, the
 * tree's picture with heat, and the sessions and trip-wires.
 *
 * @param heat     the heat overlay (its legend), or null without observations
 * @param sessions the sessions summary, or null without observations
 */
record RiskReport(ReportRequest request, Evaluation evaluation, CalibratedTree calibrated, DefencePlan plan,
                  List<AttackScenario> likely, TreePicture picture, HeatOverlay heat, SessionSummary sessions,
                  List<InventoryRow> inventory) {

    RiskReport {
        likely = List.copyOf(likely);
        inventory = List.copyOf(inventory);
    }

    boolean designTime() {
        return !request.hasObservations();
    }
}
