package io.stormcenter.workbench.sensor;

import java.util.Map;

/** The pod a Tetragon process runs in ({@code process.pod}). */
public record TetragonPod(String namespace, String name, String containerId, String containerName, String imageId,
                          String imageName, Map<String, String> labels, String workload, String workloadKind) {

    public TetragonPod {
        labels = Map.copyOf(labels == null ? Map.of() : labels);
    }
}
