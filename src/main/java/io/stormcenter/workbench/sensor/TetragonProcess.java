package io.stormcenter.workbench.sensor;

/**
 * A process as Tetragon describes it ({@code process} or {@code parent}): what matching,
 * observations and sessions use. Its working directory, clone flags and start time stay in the
 * event's own JSON, which the store keeps whole.
 *
 * @param pod  the pod, or null for a process on the host
 * @param auid the login user id (Linux audit's {@code loginuid}, kept across {@code su} and {@code sudo}), or null
 *             when it is unset ({@code 4294967295}, as for every process no login started) or not reported
 */
public record TetragonProcess(String execId, Integer pid, Integer uid, String binary, String arguments,
                              String parentExecId, TetragonPod pod, String auid) {

    /** The kernel's "no login user id": (uid_t) -1. */
    public static final long UNSET_AUID = 4_294_967_295L;
}
