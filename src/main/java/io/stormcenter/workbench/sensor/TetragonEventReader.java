package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Parses a Tetragon event in either shape: the raw export (exactly one of {@code process_exec},
 * {@code process_kprobe}, ... beside {@code node_name} and {@code time}), or the KSC/Vector
 * wrapper {@code {"time", "node_name", "type": "process_kprobe", "payload": {...}}}.
 */
public final class TetragonEventReader extends SensorEventReader<TetragonEvent> {

    /** The event types of Tetragon's {@code GetEventsResponse}. */
    public static final Set<String> TYPES = Set.of("process_exec", "process_exit", "process_kprobe",
            "process_tracepoint", "process_uprobe", "process_usdt", "process_lsm", "process_loader",
            "process_throttle");

    private static final EventJson JSON = new EventJson("Tetragon event");

    public TetragonEventReader() {
        super("Tetragon event");
    }

    @Override
    TetragonEvent decode(JsonNode root, String rootPath) {
        String type;
        JsonNode body;
        String bodyPath;
        if (root.has("payload")) {
            type = JSON.requiredText(root, "type", rootPath);
            if (!TYPES.contains(type)) {
                throw JSON.malformed(EventJson.path(rootPath, "type"), "unknown event type (expected one of "
                        + new TreeSet<>(TYPES) + ")");
            }
            body = JSON.child(root, "payload", rootPath);
            bodyPath = EventJson.path(rootPath, "payload");
            if (body == null) {
                throw JSON.malformed(bodyPath, "missing");
            }
            // Some pipelines keep the raw shape inside the payload: unwrap it.
            if (body.has(type) && body.get(type).isObject()) {
                body = body.get(type);
                bodyPath = EventJson.path(bodyPath, type);
            }
        } else {
            type = rawType(root, rootPath);
            body = root.get(type);
            bodyPath = EventJson.path(rootPath, type);
        }
        String functionName = JSON.text(body, "function_name", bodyPath);
        if (functionName == null && "process_tracepoint".equals(type)) {
            String subsys = JSON.text(body, "subsys", bodyPath);
            String event = JSON.text(body, "event", bodyPath);
            functionName = subsys == null ? event : subsys + "/" + event;
        }
        return new TetragonEvent(type, JSON.text(root, "node_name", rootPath), JSON.instant(root, "time", rootPath),
                process(body, "process", bodyPath), process(body, "parent", bodyPath), functionName,
                JSON.text(body, "policy_name", bodyPath), JSON.text(body, "action", bodyPath),
                args(body, bodyPath), returnValue(body, bodyPath));
    }

    private static String rawType(JsonNode root, String rootPath) {
        List<String> found = new ArrayList<>();
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (TYPES.contains(name)) {
                found.add(name);
            }
        }
        if (found.isEmpty()) {
            throw JSON.malformed(rootPath, "no event type: expected exactly one of " + new TreeSet<>(TYPES)
                    + ", or the wrapped shape with 'type' and 'payload'");
        }
        if (found.size() > 1) {
            throw JSON.malformed(rootPath, "more than one event type " + found + ": expected exactly one");
        }
        String type = found.get(0);
        if (!root.get(type).isObject()) {
            throw JSON.malformed(EventJson.path(rootPath, type), "expected an object, found " + EventJson.describe(root.get(type)));
        }
        return type;
    }

    private static TetragonProcess process(JsonNode body, String field, String parentPath) {
        JsonNode node = JSON.child(body, field, parentPath);
        if (node == null) {
            return null;
        }
        String path = EventJson.path(parentPath, field);
        return new TetragonProcess(JSON.text(node, "exec_id", path), JSON.integer(node, "pid", path),
                JSON.integer(node, "uid", path), JSON.text(node, "cwd", path), JSON.text(node, "binary", path),
                JSON.text(node, "arguments", path), JSON.text(node, "flags", path),
                JSON.instant(node, "start_time", path), JSON.text(node, "parent_exec_id", path), pod(node, path),
                auid(node, path));
    }

    /** The login user id as a number in words, or null when it is unset or absent. */
    private static String auid(JsonNode process, String processPath) {
        JsonNode value = process.get("auid");
        if (value == null || value.isNull()) {
            return null;
        }
        long auid;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            auid = value.longValue();
        } else if (value.isTextual() && value.asText().strip().matches("\\d{1,10}")) {
            auid = Long.parseLong(value.asText().strip());
        } else {
            throw JSON.malformed(EventJson.path(processPath, "auid"), "expected a user id, found "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return auid < 0 || auid >= TetragonProcess.UNSET_AUID ? null : Long.toString(auid);
    }

    private static TetragonPod pod(JsonNode process, String processPath) {
        JsonNode pod = JSON.child(process, "pod", processPath);
        if (pod == null) {
            return null;
        }
        String path = EventJson.path(processPath, "pod");
        JsonNode container = JSON.child(pod, "container", path);
        String containerPath = EventJson.path(path, "container");
        JsonNode image = container == null ? null : JSON.child(container, "image", containerPath);
        String imagePath = EventJson.path(containerPath, "image");
        return new TetragonPod(JSON.text(pod, "namespace", path), JSON.text(pod, "name", path),
                container == null ? null : JSON.text(container, "id", containerPath),
                container == null ? null : JSON.text(container, "name", containerPath),
                image == null ? null : JSON.text(image, "id", imagePath),
                image == null ? null : JSON.text(image, "name", imagePath),
                JSON.flatMap(pod, "pod_labels", path), JSON.text(pod, "workload", path),
                JSON.text(pod, "workload_kind", path));
    }

    private static List<TetragonArg> args(JsonNode body, String bodyPath) {
        List<JsonNode> items = JSON.array(body, "args", bodyPath);
        List<TetragonArg> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            result.add(arg(items.get(i), EventJson.path(bodyPath, "args") + "[" + i + "]"));
        }
        return result;
    }

    private static TetragonArg returnValue(JsonNode body, String bodyPath) {
        JsonNode node = body.get("return");
        return node == null || node.isNull() ? null : arg(node, EventJson.path(bodyPath, "return"));
    }

    /** An argument is an object with one {@code *_arg} key (plus an optional {@code label}). */
    private static TetragonArg arg(JsonNode node, String path) {
        if (!node.isObject()) {
            throw JSON.malformed(path, "expected an object, found " + EventJson.describe(node));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (!entry.getKey().endsWith("_arg")) {
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isValueNode()) {
                return new TetragonArg(entry.getKey(), value.asText(), Map.of());
            }
            Map<String, String> flat = new TreeMap<>();
            value.fields().forEachRemaining(f -> flat.put(f.getKey(),
                    f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
            String text = flat.containsKey("path") ? flat.get("path")
                    : flat.containsKey("daddr") ? flat.get("daddr") : value.toString();
            return new TetragonArg(entry.getKey(), text, flat);
        }
        throw JSON.malformed(path, "no '*_arg' field (e.g. string_arg, file_arg, sock_arg)");
    }
}
