package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.Blocked;
import io.stormcenter.workbench.analysis.AttackerProfile;
import io.stormcenter.workbench.analysis.NodeValues;
import io.stormcenter.workbench.analysis.Ranking;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.picture.BadgeDomain;
import io.stormcenter.workbench.ui.document.TreeDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analysis panel: root values and risk for the chosen attacker profile, the top scenarios
 * in the chosen ranking, and which leaves and edges the selected scenario lights up. Reruns on
 * every edit through the debounced {@link AnalysisRunner}.
 */
public final class AnalysisViewModel {

    private final TreeDocument document;
    private final AnalysisRunner runner;
    private final ObservableList<AttackerProfile> profiles = FXCollections.observableArrayList(AttackerProfile.builtIns());
    private final ObjectProperty<AttackerProfile> profile = new SimpleObjectProperty<>(this, "profile", profiles.get(0));
    private final ObjectProperty<Ranking> ranking = new SimpleObjectProperty<>(this, "ranking", Ranking.MOST_LIKELY);
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result", AnalysisResult.NONE);
    private final ObservableList<ScenarioRow> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<ScenarioRow> selectedScenario = new SimpleObjectProperty<>(this, "selectedScenario");
    private final ReadOnlyObjectWrapper<Set<String>> scenarioNodes = new ReadOnlyObjectWrapper<>(this, "scenarioNodes", Set.of());
    private final ReadOnlyObjectWrapper<Set<String>> scenarioLeaves = new ReadOnlyObjectWrapper<>(this, "scenarioLeaves", Set.of());
    private final ReadOnlyStringWrapper probability = new ReadOnlyStringWrapper(this, "probability", "–");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper(this, "cost", "–");
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "–");
    private final ReadOnlyStringWrapper skill = new ReadOnlyStringWrapper(this, "skill", "–");
    private final ReadOnlyStringWrapper risk = new ReadOnlyStringWrapper(this, "risk", "–");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public AnalysisViewModel(TreeDocument document, AnalysisRunner runner) {
        this.document = document;
        this.runner = runner;
        document.treeProperty().addListener((obs, old, tree) -> rerun());
        profile.addListener((obs, old, value) -> rerun());
        ranking.addListener((obs, old, value) -> rerun());
        selectedScenario.addListener((obs, old, row) -> highlight(row));
        rerun();
    }

    /** Starts a (debounced) run for the current tree; the old values stay shown until it ends. */
    public void rerun() {
        running.set(true);
        AttackTree tree = document.tree();
        runner.request(tree, profile.get(), ranking.get(), r -> show(tree, r));
    }

    private void show(AttackTree tree, AnalysisResult value) {
        running.set(false);
        String keptScenario = selectedScenario.get() == null ? null
                : String.join(",", selectedScenario.get().scenario().leaves());
        result.set(value);
        NodeValues root = value.root();
        status.set(value.failure() != null ? value.failure() : Blocked.any(root) ? Blocked.EXPLANATION : "");
        probability.set(root == null ? "–" : BadgeDomain.probability(root.probability()));
        cost.set(root == null ? "–" : BadgeDomain.COST.valueText(root));
        time.set(root == null ? "–" : BadgeDomain.TIME.valueText(root));
        skill.set(root == null ? "–" : root.skill() == Integer.MAX_VALUE ? Blocked.WORD : Integer.toString(root.skill()));
        risk.set(root == null ? "–" : tree.root() == null || tree.root().impact() == null ? "no impact set"
                : String.format(Locale.ROOT, "%,.0f", value.risk()));
        List<AttackScenario> list = value.scenarios();
        List<ScenarioRow> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rows.add(ScenarioRow.of(i + 1, list.get(i), tree));
        }
        if (!rows.equals(scenarios)) { // an edit that changes no scenario (a label elsewhere) keeps the table as it is
            scenarios.setAll(rows);
        }
        ScenarioRow reselect = null;
        for (ScenarioRow row : scenarios) {
            if (String.join(",", row.scenario().leaves()).equals(keptScenario)) {
                reselect = row;
            }
        }
        selectedScenario.set(reselect);
        highlight(reselect);
    }

    private void highlight(ScenarioRow row) {
        if (row == null) {
            scenarioNodes.set(Set.of());
            scenarioLeaves.set(Set.of());
            return;
        }
        AttackTree tree = document.tree();
        Set<String> nodes = new HashSet<>();
        for (String leaf : row.scenario().leaves()) {
            nodes.addAll(tree.pathToRoot(leaf));
        }
        scenarioLeaves.set(Set.copyOf(row.scenario().leaves()));
        scenarioNodes.set(Set.copyOf(nodes));
    }

    /** Selects the scenario at a 0-based row, or clears the selection with -1. */
    public void selectScenario(int index) {
        selectedScenario.set(index < 0 || index >= scenarios.size() ? null : scenarios.get(index));
    }

    public Map<String, NodeValues> values() {
        return result.get().values();
    }

    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<AttackerProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<AttackerProfile> profileProperty() {
        return profile;
    }

    public ObjectProperty<Ranking> rankingProperty() {
        return ranking;
    }

    public ObservableList<ScenarioRow> scenarios() {
        return scenarios;
    }

    public ObjectProperty<ScenarioRow> selectedScenarioProperty() {
        return selectedScenario;
    }

    /** The selected scenario's leaves and their ancestors: the edges child->parent among them light up. */
    public ReadOnlyObjectProperty<Set<String>> scenarioNodesProperty() {
        return scenarioNodes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Set<String>> scenarioLeavesProperty() {
        return scenarioLeaves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty probabilityProperty() {
        return probability.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty skillProperty() {
        return skill.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty riskProperty() {
        return risk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
