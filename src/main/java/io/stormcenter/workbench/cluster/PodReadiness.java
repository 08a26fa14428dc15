package io.stormcenter.workbench.cluster;

/**
 * A pod of the deployment and, when it is not ready, why in words: "not scheduled: ...",
 * "ImagePullBackOff: ...", "CrashLoopBackOff", "running, not ready".
 */
public record PodReadiness(String name, String phase, boolean ready, String reason) {

    @Override
    public String toString() {
        return name + ": " + (ready ? "ready" : phase + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")"));
    }
}
