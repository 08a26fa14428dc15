package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.cluster.DeployProgress;
import io.stormcenter.workbench.cluster.ProgressStep;
import java.io.PrintWriter;

/**
 * Prints each step as it happens, "[3/9] created Role honey/canary"; a run of objects skipped for
 * the same reason becomes one line, so sixteen missing TracingPolicies do not bury the rest.
 */
final class ProgressLines implements DeployProgress {

    private final PrintWriter out;
    private String skippedReason;
    private String skippedKind;
    private int skippedCount;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void step(ProgressStep step) {
        if (step.outcome().startsWith("skipped")) {
            if (!step.outcome().equals(skippedReason)) {
                flushSkipped();
                skippedReason = step.outcome();
                skippedKind = step.object().kind();
            }
            skippedCount++;
            return;
        }
        flushSkipped();
        out.println("  [" + step.done() + "/" + step.total() + "] " + step.outcome() + " " + step.object());
        out.flush();
    }

    private void flushSkipped() {
        if (skippedCount > 0) {
            out.println("  " + skippedReason.replaceFirst("^skipped", "skipped " + skippedCount + " " + skippedKind
                    + " objects"));
        }
        skippedCount = 0;
        skippedReason = null;
    }
}
