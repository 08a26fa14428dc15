package io.stormcenter.workbench.telemetry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who or what acted, as far as the sensor can tell: the API identity for audit events, the
 * process and its pod for runtime sensors. Absent fields are null (or empty lists); sessions
 * link observations by these fields.
 *
 * @param auid the login user id of the process (Linux audit), which survives {@code su} and {@code sudo}
 */
public record Actor(String user, List<String> groups, String impersonatedUser, List<String> sourceIps,
                    String userAgent, String node, String namespace, String pod, String containerId,
                    String binary, String arguments, String execId, String parentExecId, String auid) {

    public static final Actor NONE = new Actor(null, List.of(), null, List.of(), null, null, null, null, null,
            null, null, null, null, null);

    public Actor {
        groups = List.copyOf(groups == null ? List.of() : groups);
        sourceIps = List.copyOf(sourceIps == null ? List.of() : sourceIps);
    }

    /** The fields that are set, by their JSON names, in a fixed order. */
    public Map<String, Object> fields() {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "user", user);
        if (!groups.isEmpty()) {
            out.put("groups", groups);
        }
        put(out, "impersonatedUser", impersonatedUser);
        if (!sourceIps.isEmpty()) {
            out.put("sourceIPs", sourceIps);
        }
        put(out, "userAgent", userAgent);
        put(out, "node", node);
        put(out, "namespace", namespace);
        put(out, "pod", pod);
        put(out, "containerId", containerId);
        put(out, "binary", binary);
        put(out, "arguments", arguments);
        put(out, "execId", execId);
        put(out, "parentExecId", parentExecId);
        put(out, "auid", auid);
        return out;
    }

    private static void put(Map<String, Object> out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, value);
        }
    }
}
