package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says why a pod is not ready, honestly: a pod no scheduler has placed is "not scheduled", not
 * "starting"; waiting containers give their reason (ImagePullBackOff, CrashLoopBackOff ...).
 */
final class PodDiagnosis {

    private PodDiagnosis() {
    }

    static PodReadiness of(Pod pod) {
        String name = pod.getMetadata().getName();
        var status = pod.getStatus();
        String phase = status == null || status.getPhase() == null ? "Unknown" : status.getPhase();
        List<PodCondition> conditions = status == null || status.getConditions() == null ? List.of() : status.getConditions();
        boolean ready = condition(conditions, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false);
        if (ready) {
            return new PodReadiness(name, phase, true, "");
        }
        List<String> waiting = new ArrayList<>();
        List<ContainerStatus> containers = new ArrayList<>();
        if (status != null && status.getInitContainerStatuses() != null) {
            containers.addAll(status.getInitContainerStatuses());
        }
        if (status != null && status.getContainerStatuses() != null) {
            containers.addAll(status.getContainerStatuses());
        }
        for (ContainerStatus container : containers) {
            var state = container.getState();
            if (state != null && state.getWaiting() != null && state.getWaiting().getReason() != null) {
                String message = state.getWaiting().getMessage();
                waiting.add(container.getName() + " " + state.getWaiting().getReason()
                        + (message == null || message.isBlank() ? "" : ": " + message));
            } else if (state != null && state.getTerminated() != null) {
                waiting.add(container.getName() + " terminated: " + state.getTerminated().getReason());
            }
        }
        if (!waiting.isEmpty()) {
            return new PodReadiness(name, phase, false, String.join("; ", waiting));
        }
        Optional<PodCondition> scheduled = condition(conditions, "PodScheduled");
        boolean hasNode = pod.getSpec() != null && pod.getSpec().getNodeName() != null;
        if (scheduled.isPresent() && "False".equals(scheduled.get().getStatus())) {
            String reason = scheduled.get().getReason() == null ? "not scheduled" : scheduled.get().getReason();
            String message = scheduled.get().getMessage();
            return new PodReadiness(name, phase, false, reason.toLowerCase() + (message == null ? "" : ": " + message));
        }
        if (!hasNode) {
            return new PodReadiness(name, phase, false, "not scheduled: no node assigned yet (is a scheduler running?)");
        }
        String reason = condition(conditions, "Ready").map(PodCondition::getMessage).orElse(null);
        return new PodReadiness(name, phase, false, "Running".equals(phase)
                ? "running, not ready" + (reason == null ? "" : ": " + reason)
                : (status != null && status.getReason() != null ? status.getReason() : "on node " + pod.getSpec().getNodeName()));
    }

    private static Optional<PodCondition> condition(List<PodCondition> conditions, String type) {
        return conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }
}
