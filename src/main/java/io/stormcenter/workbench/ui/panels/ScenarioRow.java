package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.Blocked;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import io.stormcenter.workbench.picture.BadgeDomain;
import java.util.List;
import java.util.Objects;

/** A row of the scenarios table: rank, the scenario, and its leaves' labels in order. */
public record ScenarioRow(int rank, AttackScenario scenario, List<String> stepLabels) {

    public ScenarioRow {
        stepLabels = List.copyOf(stepLabels);
    }

    /** The scenario's figures on one line: "p 0.42 · $1,200 · 3 h", or "cost blocked" where no sure way exists. */
    public String figures() {
        return "p " + BadgeDomain.probability(scenario.probability()) + "  \u00b7  "
                + labelled("cost", BadgeDomain.money(scenario.cost())) + "  \u00b7  "
                + labelled("time", BadgeDomain.hours(scenario.timeHours()));
    }

    private static String labelled(String what, String value) {
        return value.equals(Blocked.WORD) ? what + " " + value : value;
    }

    public static ScenarioRow of(int rank, AttackScenario scenario, AttackTree tree) {
        List<String> labels = scenario.leaves().stream().map(tree::node).filter(Objects::nonNull).map(Node::label).toList();
        return new ScenarioRow(rank, scenario, labels);
    }
}
