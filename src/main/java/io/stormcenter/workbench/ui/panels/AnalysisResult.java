package io.stormcenter.workbench.ui.panels;

import io.stormcenter.workbench.analysis.AttackScenario;
import io.stormcenter.workbench.analysis.NodeValues;
import java.util.List;
import java.util.Map;

/**
 * One run of the analysis over one tree version: every node's values, the risk, the ranked
 * scenarios; or why it could not run.
 */
public record AnalysisResult(Map<String, NodeValues> values, NodeValues root, double risk,
                             List<AttackScenario> scenarios, String failure) {

    public static final AnalysisResult NONE = new AnalysisResult(Map.of(), null, 0, List.of(), null);

    public AnalysisResult {
        values = Map.copyOf(values);
        scenarios = List.copyOf(scenarios);
    }

    public static AnalysisResult failed(String why) {
        return new AnalysisResult(Map.of(), null, 0, List.of(), why);
    }
}
