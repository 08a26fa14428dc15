package io.stormcenter.workbench.sensor;

import java.time.Instant;

/**
 * A process as Tetragon describes it ({@code process} or {@code parent}).
 *
 * @param pod the pod, or null for a process on the host
 */
public record TetragonProcess(String execId, Integer pid, Integer uid, String cwd, String binary, String arguments,
                              String flags, Instant startTime, String parentExecId, TetragonPod pod) {
}
