package io.stormcenter.workbench.sensor;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One runtime alert of Kubescape's node-agent (its stdout or HTTP exporter): a workload did something
 * outside the application profile Kubescape learned for it, or matched one of its signature rules.
 *
 * @param ruleId      {@code RuleID}: {@code R0001} unexpected process, {@code R0002} unexpected file access ...
 * @param alertName   {@code BaseRuntimeMetadata.alertName} (the rule's name), or null
 * @param time        {@code BaseRuntimeMetadata.timestamp} (nanoseconds), else the log line's {@code time}
 * @param severity    {@code BaseRuntimeMetadata.severity}, or null
 * @param namespace   the pod's namespace ({@code RuntimeK8sDetails.podNamespace}, else {@code namespace})
 * @param nodeName    the node, when the alert names it; else null
 * @param process     the process the alert is about ({@code infectedPID} in the process tree), or null
 * @param arguments   {@code BaseRuntimeMetadata.arguments} as text ({@code exec}, {@code path}, {@code flags},
 *                    {@code syscall}, {@code capability}, {@code domain} ...; lists as JSON text)
 * @param execArgs    {@code arguments.args} of a process alert, else empty
 */
public record KubescapeAlert(String ruleId, String alertName, Instant time, Integer severity, String namespace,
                             String podName, String containerName, String containerId, String workloadName,
                             String workloadKind, String image, String nodeName, KubescapeProcess process,
                             Map<String, String> arguments, List<String> execArgs, String message)
        implements SensorEvent {

    public KubescapeAlert {
        // sorted, so that the same alert always reads the same (the store's dedup key digests it)
        arguments = Collections.unmodifiableMap(new TreeMap<>(arguments == null ? Map.of() : arguments));
        execArgs = List.copyOf(execArgs == null ? List.of() : execArgs);
    }

    /** The executable a process alert names ({@code arguments.exec}), else the alerted process's path. */
    public String executable() {
        String exec = arguments.get("exec");
        return exec != null ? exec : process == null ? null : process.path();
    }

    /** The file a file-access alert names ({@code arguments.path}), or null. */
    public String path() {
        return arguments.get("path");
    }
}
