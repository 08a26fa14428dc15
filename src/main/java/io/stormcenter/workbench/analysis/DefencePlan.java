package io.stormcenter.workbench.analysis;

import java.util.List;
import java.util.Set;

/**
 * The proposed defences a budget buys and what they do to the risk.
 *
 * @param options        every defence, proposals first, each ranked by risk reduction per unit of cost
 * @param chosen         the ids of the proposals bought
 * @param riskBefore     the risk with the defences in place only
 * @param riskAfter      the risk with the chosen proposals added
 * @param exact          whether {@code chosen} is the proven optimum (few enough proposals to try every set)
 * @param riskLowerBound no set within the budget gets the risk below this (every proposal that fits the
 *                       budget on its own, all together); for an exact plan it equals riskAfter or less
 * @param riskInMoney    whether risks are probability x impact (else the root has no impact and they are
 *                       probabilities)
 */
public record DefencePlan(List<DefenceOption> options, Set<String> chosen, double budget, double spent,
                          double riskBefore, double riskAfter, boolean exact, double riskLowerBound,
                          boolean riskInMoney) {

    public DefencePlan {
        options = List.copyOf(options);
        chosen = Set.copyOf(chosen);
    }

    /** At most this much of the risk could a better choice still remove (0 for an exact plan). */
    public double gapBound() {
        return exact ? 0 : Math.max(0, riskAfter - riskLowerBound);
    }

    public List<DefenceOption> proposals() {
        return options.stream().filter(o -> o.status() == io.stormcenter.workbench.model.DefenceStatus.PROPOSED).toList();
    }
}
