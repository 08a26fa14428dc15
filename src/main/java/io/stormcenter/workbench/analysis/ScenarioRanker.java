package io.stormcenter.workbench.analysis;

import io.stormcenter.workbench.model.AttackTree;
import java.util.List;

/** The k best attack scenarios without enumerating them all. (API fixed by the scaffold.) */
public final class ScenarioRanker {

    private ScenarioRanker() {
    }

    public static List<AttackScenario> top(AttackTree tree, AttackerProfile profile, Ranking ranking, int k) {
        throw new UnsupportedOperationException("analysis not built yet");
    }
}
