package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;

/**
 * Parses one runtime alert of Kubescape's node-agent, as its stdout exporter logs it (one JSON
 * object per line, logrus fields {@code level msg time} around the alert) or its HTTP exporter posts it.
 */
public final class KubescapeAlertReader extends SensorEventReader<KubescapeAlert> {

    /** The node-agent nests processes only a few levels deep; a deeper tree is not followed further. */
    private static final int MAX_TREE_DEPTH = 64;

    private static final EventJson JSON = new EventJson("Kubescape alert");

    public KubescapeAlertReader() {
        super("Kubescape alert");
    }

    /**
     * Whether a line of the node-agent's log is an alert at all: the same log carries the agent's own
     * messages ({@code {"level":"info","msg":"..."}}), which are not events and not malformed either.
     */
    public static boolean looksLikeAlert(String line) {
        return line != null && line.contains("\"RuleID\"");
    }

    @Override
    KubescapeAlert decode(JsonNode root, String path) {
        String ruleId = JSON.requiredText(root, "RuleID", path);
        String basePath = EventJson.path(path, "BaseRuntimeMetadata");
        JsonNode base = JSON.child(root, "BaseRuntimeMetadata", path);
        String k8sPath = EventJson.path(path, "RuntimeK8sDetails");
        JsonNode k8s = JSON.child(root, "RuntimeK8sDetails", path);
        JsonNode arguments = base == null ? null : JSON.child(base, "arguments", basePath);
        Integer infectedPid = base == null ? null : JSON.integer(base, "infectedPID", basePath);
        return new KubescapeAlert(
                ruleId,
                base == null ? null : JSON.text(base, "alertName", basePath),
                time(root, base, path),
                base == null ? null : JSON.integer(base, "severity", basePath),
                k8s == null ? null : first(JSON.text(k8s, "podNamespace", k8sPath), JSON.text(k8s, "namespace", k8sPath)),
                k8s == null ? null : JSON.text(k8s, "podName", k8sPath),
                k8s == null ? null : JSON.text(k8s, "containerName", k8sPath),
                k8s == null ? null : JSON.text(k8s, "containerID", k8sPath),
                k8s == null ? null : JSON.text(k8s, "workloadName", k8sPath),
                k8s == null ? null : JSON.text(k8s, "workloadKind", k8sPath),
                k8s == null ? null : JSON.text(k8s, "image", k8sPath),
                k8s == null ? null : JSON.text(k8s, "nodeName", k8sPath),
                process(root, infectedPid, path),
                base == null ? null : JSON.flatMap(base, "arguments", basePath),
                arguments == null ? null : JSON.strings(arguments, "args", EventJson.path(basePath, "arguments")),
                first(JSON.text(root, "message", path), JSON.text(root, "msg", path)));
    }

    private static Instant time(JsonNode root, JsonNode base, String path) {
        String basePath = EventJson.path(path, "BaseRuntimeMetadata");
        Instant time = base == null ? null : JSON.instant(base, "timestamp", basePath);
        if (time == null) {
            time = JSON.instant(root, "time", path);
        }
        if (time == null) {
            throw JSON.malformed(EventJson.path(basePath, "timestamp"), "missing (and no 'time' either)");
        }
        return time;
    }

    /** The alerted process: the one with {@code infectedPID} in the tree, else the tree's root. */
    private static KubescapeProcess process(JsonNode root, Integer infectedPid, String parentPath) {
        String detailsPath = EventJson.path(parentPath, "RuntimeProcessDetails");
        JsonNode details = JSON.child(root, "RuntimeProcessDetails", parentPath);
        JsonNode tree = details == null ? null : JSON.child(details, "processTree", detailsPath);
        if (tree == null) {
            return null;
        }
        JsonNode found = infectedPid == null ? null : find(tree, infectedPid, 0);
        JsonNode node = found != null ? found : tree;
        String path = EventJson.path(detailsPath, "processTree");
        return new KubescapeProcess(JSON.integer(node, "pid", path), JSON.integer(node, "ppid", path),
                JSON.text(node, "comm", path), JSON.text(node, "cmdline", path), JSON.text(node, "path", path),
                JSON.integer(node, "uid", path), JSON.text(node, "cwd", path), JSON.text(node, "pcomm", path));
    }

    private static JsonNode find(JsonNode node, int pid, int depth) {
        JsonNode own = node.get("pid");
        if (own != null && own.canConvertToInt() && own.intValue() == pid) {
            return node;
        }
        JsonNode children = node.get("childrenMap");
        if (children == null || !children.isObject() || depth >= MAX_TREE_DEPTH) {
            return null;
        }
        Iterator<JsonNode> each = children.elements();
        while (each.hasNext()) {
            JsonNode child = each.next();
            if (child.isObject()) {
                JsonNode hit = find(child, pid, depth + 1);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }
}
