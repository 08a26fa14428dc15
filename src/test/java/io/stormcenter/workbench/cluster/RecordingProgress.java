package io.stormcenter.workbench.cluster;

import java.util.ArrayList;
import java.util.List;

/** Progress that remembers each step; optionally cancels after a number of steps. */
final class RecordingProgress implements DeployProgress {

    final List<ProgressStep> steps = new ArrayList<>();
    private final int cancelAfter;

    RecordingProgress() {
        this(Integer.MAX_VALUE);
    }

    RecordingProgress(int cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    @Override
    public void step(ProgressStep step) {
        steps.add(step);
    }

    @Override
    public boolean cancelled() {
        return steps.size() >= cancelAfter;
    }

    List<String> kindsInOrder() {
        return steps.stream().map(s -> s.object().kind()).toList();
    }

    List<String> outcomes() {
        return steps.stream().map(ProgressStep::outcome).toList();
    }
}
