package io.stormcenter.workbench.sensor;

import java.util.Map;

/**
 * The pod a Tetragon process runs in ({@code process.pod}): what matching, observations and sessions
 * use. The rest (the container's name and image, the workload's kind) stays in the event's own JSON,
 * which the store keeps whole; reading it into strings for every event would cost a fifth of parsing.
 */
public record TetragonPod(String namespace, String name, String containerId, Map<String, String> labels,
                          String workload) {

    public TetragonPod {
        labels = FrozenTexts.immutable(labels);
    }
}
