package io.stormcenter.workbench.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Sensor events in the shapes the real sensors write (see ../shared/fixtures: audit v1, Falco
 * JSON, Tetragon's raw export), with names set to the deployment under test.
 */
final class TelemetryEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TelemetryEvents() {
    }

    /** An audit {@code Event} at ResponseComplete of a request on a namespaced object. */
    static ObjectNode audit(String auditId, String verb, String user, String resource, String namespace, String name,
                            int code, Instant time) {
        ObjectNode event = JSON.createObjectNode();
        event.put("kind", "Event");
        event.put("apiVersion", "audit.k8s.io/v1");
        event.put("level", "Metadata");
        event.put("auditID", auditId);
        event.put("stage", "ResponseComplete");
        event.put("requestURI", "/api/v1/namespaces/" + namespace + "/" + resource + (name == null ? "" : "/" + name));
        event.put("verb", verb);
        ObjectNode userNode = event.putObject("user");
        userNode.put("username", user);
        userNode.putArray("groups").add("system:authenticated");
        event.putArray("sourceIPs").add("203.0.113.50");
        event.put("userAgent", "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350");
        ObjectNode ref = event.putObject("objectRef");
        ref.put("resource", resource);
        ref.put("namespace", namespace);
        if (name != null) {
            ref.put("name", name);
        }
        ref.put("apiVersion", "v1");
        event.putObject("responseStatus").put("code", code);
        event.put("requestReceivedTimestamp", time.minusMillis(3).toString());
        event.put("stageTimestamp", time.toString());
        return event;
    }

    /** The webhook backend's body: an {@code EventList} of these events. */
    static String eventList(List<ObjectNode> events) {
        ObjectNode list = JSON.createObjectNode();
        list.put("kind", "EventList");
        list.put("apiVersion", "audit.k8s.io/v1");
        list.putObject("metadata");
        ArrayNode items = list.putArray("items");
        events.forEach(items::add);
        return list.toString();
    }

    /** A Tetragon raw-export {@code process_kprobe} line: a file read in a pod. */
    static String tetragonFileRead(int n, String namespace, String pod, String path, String policy, Instant time) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode kprobe = root.putObject("process_kprobe");
        ObjectNode process = kprobe.putObject("process");
        process.put("exec_id", "d29ya2VyLTE6MTIzNDU2Nzg5OjQ0MjE" + n);
        process.put("pid", 4421 + n % 1000);
        process.put("uid", 0);
        process.put("cwd", "/root");
        process.put("binary", "/usr/bin/cat");
        process.put("arguments", path);
        process.put("flags", "execve clone");
        process.put("start_time", time.minusSeconds(1).toString());
        process.put("auid", 4294967295L);
        ObjectNode podNode = process.putObject("pod");
        podNode.put("namespace", namespace);
        podNode.put("name", pod);
        ObjectNode container = podNode.putObject("container");
        container.put("id", "containerd://3ad1c9f0b2e4");
        container.put("name", "app");
        podNode.putObject("pod_labels").put("app.kubernetes.io/name", pod);
        process.put("parent_exec_id", "d29ya2VyLTE6MTIzNDU2MDAwOjQ0MDA=");
        kprobe.putObject("parent").put("binary", "/usr/bin/bash");
        kprobe.put("function_name", "security_file_permission");
        ArrayNode args = kprobe.putArray("args");
        args.addObject().putObject("file_arg").put("path", path);
        args.addObject().put("int_arg", 4);
        kprobe.putObject("return").put("int_arg", 0);
        kprobe.put("action", "KPROBE_ACTION_POST");
        kprobe.put("policy_name", policy);
        root.put("node_name", "worker-1");
        root.put("time", time.toString());
        return root.toString();
    }

    /** A Falco JSON alert (json_output with the fields the plan appends). */
    static String falcoAlert(String rule, String namespace, String pod, Instant time) {
        ObjectNode alert = JSON.createObjectNode();
        alert.put("time", time.toString());
        alert.put("rule", rule);
        alert.put("priority", "Warning");
        alert.put("source", "syscall");
        alert.put("hostname", "worker-1");
        alert.put("output", "A shell was spawned in a container (user=root pod=" + pod + ")");
        alert.putArray("tags").add("container").add("shell");
        ObjectNode fields = alert.putObject("output_fields");
        fields.put("k8s.ns.name", namespace);
        fields.put("k8s.pod.name", pod);
        fields.put("container.id", "3ad1c9f0b2e4");
        fields.put("proc.cmdline", "bash -i");
        fields.put("proc.exepath", "/usr/bin/bash");
        fields.put("user.name", "root");
        fields.put("user.loginuid", -1);
        fields.put("evt.time", time.toEpochMilli() * 1_000_000L);
        return alert.toString();
    }
}
