package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Node;
import java.util.List;
import java.util.Objects;

/** A row of the scenarios table: rank, the scenario, and its leaves' labels in order. */
public record ScenarioRow(int rank, AttackScenario scenario, List<String> stepLabels) {

    public ScenarioRow {
        stepLabels = List.copyOf(stepLabels);
    }

    public static ScenarioRow of(int rank, AttackScenario scenario, AttackTree tree) {
        List<String> labels = scenario.leaves().stream().map(tree::node).filter(Objects::nonNull).map(Node::label).toList();
        return new ScenarioRow(rank, scenario, labels);
    }
}
