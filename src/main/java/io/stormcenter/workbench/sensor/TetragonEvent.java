package io.stormcenter.workbench.sensor;

import java.time.Instant;
import java.util.List;

/**
 * One Tetragon event, from the raw JSON export or re-wrapped by the KSC/Vector pipeline. The parent
 * process is not read: an observation keeps the process's parent exec id, which places it in its
 * session, and the event's JSON; on a busy node the parent (as large as the process) was a tenth of
 * reading each event.
 *
 * @param type         {@code process_exec}, {@code process_kprobe}, ... (the one key the raw export carries)
 * @param time         when it happened, or null when the export left it out
 * @param functionName the kernel function of a kprobe or LSM hook; {@code subsys/event} of a tracepoint; else null
 * @param policyName   the TracingPolicy that produced it, or null (exec and exit events have none)
 * @param action       e.g. {@code KPROBE_ACTION_POST}, or null
 * @param returnValue  the kprobe's {@code return} argument, or null
 */
public record TetragonEvent(String type, String nodeName, Instant time, TetragonProcess process, String functionName,
                            String policyName, String action, List<TetragonArg> args, TetragonArg returnValue)
        implements SensorEvent {

    public TetragonEvent {
        args = List.copyOf(args == null ? List.of() : args);
    }

    /** The namespace of the process's pod, or null for a host process. */
    public String podNamespace() {
        return process == null || process.pod() == null ? null : process.pod().namespace();
    }
}
