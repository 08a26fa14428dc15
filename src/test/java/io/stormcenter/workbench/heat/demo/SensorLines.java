package io.stormcenter.workbench.heat.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line per event in the shapes the sensors write (see ../shared/fixtures): Tetragon's raw
 * export ({@code process_exec}, {@code process_kprobe} with {@code node_name} and {@code time}),
 * Falco's JSON alert with flat {@code output_fields}, the audit {@code Event} of the log backend,
 * and a core/v1 {@code Event}.
 */
final class SensorLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SensorLines() {
    }

    /** A pod as Tetragon names it. */
    record Pod(String namespace, String name, String containerId, String containerName, String image,
               Map<String, String> labels) {
    }

    /** A process as Tetragon describes it. */
    record Proc(String execId, int pid, int uid, String binary, String arguments, String cwd, Instant start,
                String parentExecId, Pod pod, Long auid) {
    }

    static String exec(Instant time, String node, Proc process, Proc parent) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode body = root.putObject("process_exec");
        body.set("process", process(process));
        if (parent != null) {
            body.set("parent", process(parent));
        }
        root.put("node_name", node);
        root.put("time", time.toString());
        return root.toString();
    }

    /** A kprobe event; each arg is a map with one entry such as {@code file_arg -> {path: ..}} or {@code string_arg -> ..}. */
    static String kprobe(Instant time, String node, Proc process, Proc parent, String function, String policy,
                         List<Map<String, Object>> args) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode body = root.putObject("process_kprobe");
        body.set("process", process(process));
        if (parent != null) {
            body.set("parent", process(parent));
        }
        body.put("function_name", function);
        ArrayNode list = body.putArray("args");
        for (Map<String, Object> arg : args) {
            list.add(JSON.valueToTree(arg));
        }
        body.put("action", "KPROBE_ACTION_POST");
        body.put("policy_name", policy);
        root.put("node_name", node);
        root.put("time", time.toString());
        return root.toString();
    }

    private static ObjectNode process(Proc p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("exec_id", p.execId());
        node.put("pid", p.pid());
        node.put("uid", p.uid());
        node.put("cwd", p.cwd());
        node.put("binary", p.binary());
        node.put("arguments", p.arguments());
        node.put("flags", "execve clone");
        node.put("start_time", p.start().toString());
        if (p.auid() != null) {
            node.put("auid", p.auid());
        }
        if (p.parentExecId() != null) {
            node.put("parent_exec_id", p.parentExecId());
        }
        if (p.pod() != null) {
            Pod pod = p.pod();
            ObjectNode podNode = node.putObject("pod");
            podNode.put("namespace", pod.namespace());
            podNode.put("name", pod.name());
            ObjectNode container = podNode.putObject("container");
            container.put("id", pod.containerId());
            container.put("name", pod.containerName());
            ObjectNode image = container.putObject("image");
            image.put("id", pod.image() + "@sha256:" + "0".repeat(64));
            image.put("name", pod.image());
            container.put("start_time", p.start().toString());
            container.put("pid", 1);
            podNode.set("pod_labels", JSON.valueToTree(pod.labels()));
            podNode.put("workload", pod.name());
            podNode.put("workload_kind", "Pod");
        }
        return node;
    }

    static String falco(Instant time, String rule, String priority, String output, String host,
                        Map<String, Object> fields) {
        ObjectNode root = JSON.createObjectNode();
        root.put("hostname", host);
        root.put("output", time + ": " + priority + " " + output);
        root.put("priority", priority);
        root.put("rule", rule);
        root.put("source", "syscall");
        root.putArray("tags").add("container").add("shell");
        root.put("time", time.toString());
        root.set("output_fields", JSON.valueToTree(fields));
        return root.toString();
    }

    /** An audit Event at its counted stage; {@code name} may be null (a list), {@code extra} may be empty. */
    static String audit(Instant time, String auditId, String verb, String user, List<String> groups,
                        Map<String, String> extra, String sourceIp, String userAgent, String resource, String namespace,
                        String name, String subresource, int code) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", "Event");
        root.put("apiVersion", "audit.k8s.io/v1");
        root.put("level", "Metadata");
        root.put("auditID", auditId);
        boolean streaming = "exec".equals(subresource) || "attach".equals(subresource);
        root.put("stage", streaming && code < 400 ? "ResponseStarted" : "ResponseComplete");
        String group = resource.equals("persistentvolumes") ? "" : namespace == null ? "" : "/namespaces/" + namespace;
        root.put("requestURI", "/api/v1" + group + "/" + resource + (name == null ? "" : "/" + name)
                + (subresource == null ? "" : "/" + subresource));
        root.put("verb", verb);
        ObjectNode userNode = root.putObject("user");
        userNode.put("username", user);
        ArrayNode groupList = userNode.putArray("groups");
        groups.forEach(groupList::add);
        if (!extra.isEmpty()) {
            ObjectNode extraNode = userNode.putObject("extra");
            extra.forEach((k, v) -> extraNode.putArray(k).add(v));
        }
        root.putArray("sourceIPs").add(sourceIp);
        root.put("userAgent", userAgent);
        ObjectNode ref = root.putObject("objectRef");
        ref.put("resource", resource);
        if (namespace != null) {
            ref.put("namespace", namespace);
        }
        if (name != null) {
            ref.put("name", name);
        }
        ref.put("apiVersion", "v1");
        if (subresource != null) {
            ref.put("subresource", subresource);
        }
        ObjectNode status = root.putObject("responseStatus");
        status.putObject("metadata");
        status.put("code", code);
        root.put("requestReceivedTimestamp", time.minusMillis(4).toString());
        root.put("stageTimestamp", time.toString());
        ObjectNode annotations = root.putObject("annotations");
        annotations.put("authorization.k8s.io/decision", code == 403 ? "forbid" : "allow");
        annotations.put("authorization.k8s.io/reason", "");
        return root.toString();
    }

    static String event(Instant time, String namespace, String name, String reason, String kind, String object,
                        String message, String component) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", "Event");
        root.put("apiVersion", "v1");
        ObjectNode metadata = root.putObject("metadata");
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        metadata.put("creationTimestamp", time.toString());
        ObjectNode involved = root.putObject("involvedObject");
        involved.put("kind", kind);
        involved.put("namespace", namespace);
        involved.put("name", object);
        involved.put("apiVersion", "v1");
        root.put("reason", reason);
        root.put("message", message);
        root.putObject("source").put("component", component);
        root.put("firstTimestamp", time.toString());
        root.put("lastTimestamp", time.toString());
        root.put("count", 1);
        root.put("type", "Normal");
        root.put("reportingComponent", component);
        return root.toString();
    }
}
