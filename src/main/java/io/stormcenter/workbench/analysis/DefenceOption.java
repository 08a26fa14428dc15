package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.DefenceStatus;

/**
 * One defence as a budget table shows it.
 *
 * @param cost             what the defence costs the defender, or NaN when the model gives no cost (such a
 *                         proposal cannot be budgeted and is never chosen)
 * @param effectiveness    the chance the defence stops the step it counters (its probability)
 * @param countersId       the attack node it counters, or null when it refines another defence
 * @param riskReduction    for a proposal: how much it alone lowers the current risk; for a defence in
 *                         place: how much the risk would rise without it
 * @param reductionPerCost riskReduction / cost (infinite for a free defence, NaN without a cost)
 */
public record DefenceOption(String nodeId, String label, DefenceStatus status, double cost, double effectiveness,
                            String rationale, String countersId, double riskReduction, double reductionPerCost) {

    public boolean hasCost() {
        return !Double.isNaN(cost);
    }
}
