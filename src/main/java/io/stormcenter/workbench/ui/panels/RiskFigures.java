package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.CalibratedTree;
import java.util.List;
import java.util.Set;

/**
 * One run of the evidence figures: the tree calibrated as the what-if leaves it (the ticked proposals
 * in place), and the goal's probability and risk before and after the what-if by the estimates alone.
 *
 * @param sharedOrigins the origins of others' sightings counted, sorted
 * @param riskBefore the risk with the defences in place only (NaN without an impact on the goal)
 * @param riskAfter  the risk with the ticked proposals in place too
 */
public record RiskFigures(CalibratedTree calibrated, Set<String> chosen, int sessions, List<String> sharedOrigins,
                          double probabilityBefore, double probabilityAfter, double riskBefore, double riskAfter,
                          double spent) {

    public RiskFigures {
        chosen = Set.copyOf(chosen);
        sharedOrigins = List.copyOf(sharedOrigins);
    }
}
