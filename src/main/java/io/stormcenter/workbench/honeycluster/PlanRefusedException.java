package io.stormcenter.workbench.honeycluster;

import io.stormcenter.workbench.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The compiler refused a model or its options; each problem names the node and field to mend. */
public final class PlanRefusedException extends Exception {

    private final transient List<Problem> problems;

    public PlanRefusedException(List<Problem> problems) {
        super("cannot compile a honeycluster:\n" + problems.stream().filter(Problem::isError)
                .map(p -> "  " + p.describe()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
