package io.stormcenter.workbench.picture;

import io.stormcenter.workbench.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What validation found, as a sign on each card it concerns: red for an error, amber for warnings only. */
public final class ProblemOverlay implements Overlay {

    public static final String HAS_ERROR = "has-error";
    public static final String HAS_WARNING = "has-warning";
    public static final String BADGE = "!";

    private final Function<String, List<Problem>> problemsOf;

    /** @param problemsOf the problems of a node, empty when it has none */
    public ProblemOverlay(Function<String, List<Problem>> problemsOf) {
        this.problemsOf = problemsOf;
    }

    public static ProblemOverlay of(Map<String, List<Problem>> byNode) {
        return new ProblemOverlay(id -> byNode.getOrDefault(id, List.of()));
    }

    @Override
    public NodeMark node(String nodeId) {
        List<Problem> problems = problemsOf.apply(nodeId);
        if (problems.isEmpty()) {
            return NodeMark.NONE;
        }
        boolean errors = problems.stream().anyMatch(Problem::isError);
        List<String> notes = problems.stream()
                .map(p -> (p.isError() ? "Error: " : "Warning: ") + p.describe()).toList();
        return new NodeMark(java.util.Set.of(errors ? HAS_ERROR : HAS_WARNING), BADGE, notes);
    }
}
