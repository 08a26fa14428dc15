package io.stormcenter.workbench.sensor;

/**
 * A process as Kubescape's node-agent describes it in an alert's {@code RuntimeProcessDetails.processTree}.
 *
 * @param path       the executable's path ({@code path}), or null
 * @param parentComm the parent's command name ({@code pcomm}), or null
 */
public record KubescapeProcess(Integer pid, Integer ppid, String comm, String cmdline, String path, Integer uid,
                               String cwd, String parentComm) {
}
