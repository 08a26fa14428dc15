package io.stormcenter.workbench.honeycluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Sensor events in the exact shapes the real sensors write (templates in
 * {@code src/test/resources/honeycluster/real/}, taken from the shapes in {@code ../shared/fixtures}),
 * with only names, namespaces, paths and identities set to a deployment's.
 */
final class RealEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a process runs: a pod (namespace, name, labels), or the host when null. */
    record Pod(String namespace, String name, Map<String, String> labels) {
    }

    private RealEvents() {
    }

    static ObjectNode template(String name) {
        try (InputStream in = RealEvents.class.getResourceAsStream("/honeycluster/real/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An audit event of the API server's webhook or log backend, at Metadata level. */
    static ObjectNode audit(String verb, String resource, String subresource, String namespace, String name,
                            String user, String stage, int code) {
        ObjectNode event = template("audit-event.json");
        event.put("verb", verb).put("stage", stage);
        ((ObjectNode) event.get("user")).put("username", user);
        ObjectNode ref = (ObjectNode) event.get("objectRef");
        ref.put("resource", resource);
        putOrRemove(ref, "subresource", subresource);
        putOrRemove(ref, "namespace", namespace);
        putOrRemove(ref, "name", name);
        ((ObjectNode) event.get("responseStatus")).put("code", code);
        if (code == 403) {
            ((ObjectNode) event.get("annotations")).put("authorization.k8s.io/decision", "forbid");
        }
        event.put("requestURI", "/api/v1/" + (namespace == null ? "" : "namespaces/" + namespace + "/") + resource
                + (name == null ? "" : "/" + name) + (subresource == null ? "" : "/" + subresource));
        return event;
    }

    static ObjectNode impersonating(ObjectNode audit, String impersonated) {
        audit.putObject("impersonatedUser").put("username", impersonated).putArray("groups").add("system:nodes");
        return audit;
    }

    /** A Tetragon kprobe event in the raw export shape. */
    static ObjectNode kprobe(String function, String binary, Pod pod, List<ObjectNode> args, String policy) {
        ObjectNode event = template("tetragon-kprobe.json");
        ObjectNode body = (ObjectNode) event.get("process_kprobe");
        ObjectNode process = (ObjectNode) body.get("process");
        process.put("binary", binary);
        if (pod == null) {
            process.remove("pod");
            process.remove("docker");
        } else {
            ObjectNode p = (ObjectNode) process.get("pod");
            p.put("namespace", pod.namespace()).put("name", pod.name()).put("workload", pod.name());
            ObjectNode labels = p.putObject("pod_labels");
            pod.labels().forEach(labels::put);
        }
        body.put("function_name", function).put("policy_name", policy);
        body.putArray("args").addAll(args);
        return event;
    }

    /** The same event as a process_exec: the binary started, no hook involved. */
    static ObjectNode exec(ObjectNode kprobe) {
        ObjectNode body = (ObjectNode) kprobe.get("process_kprobe");
        ObjectNode event = JSON.createObjectNode();
        event.putObject("process_exec").set("process", body.get("process").deepCopy());
        event.put("node_name", kprobe.get("node_name").asText()).put("time", kprobe.get("time").asText());
        return event;
    }

    /** The KSC/Vector shape: wrapped, with {@code args} deleted as its pipeline does. */
    static ObjectNode wrappedWithoutArgs(ObjectNode raw, String policy) {
        ObjectNode payload = ((ObjectNode) raw.get("process_kprobe")).deepCopy();
        payload.remove("args");
        payload.put("policy_name", policy);
        ObjectNode event = JSON.createObjectNode();
        event.put("time", raw.get("time").asText()).put("node_name", raw.get("node_name").asText())
                .put("type", "process_kprobe").set("payload", payload);
        return event;
    }

    /** The same kprobe reported by another policy on the same hook (an operator's), arguments kept. */
    static ObjectNode byPolicy(ObjectNode raw, String policy) {
        ObjectNode copy = raw.deepCopy();
        ((ObjectNode) copy.get("process_kprobe")).put("policy_name", policy);
        return copy;
    }

    /** The same kprobe from another policy with its path argument replaced. */
    static ObjectNode withPath(ObjectNode raw, String policy, String path) {
        ObjectNode copy = byPolicy(raw, policy);
        for (var arg : copy.get("process_kprobe").get("args")) {
            for (String type : List.of("file_arg", "path_arg")) {
                if (arg.has(type)) {
                    ((ObjectNode) arg.get(type)).put("path", path);
                }
            }
            if (arg.has("string_arg")) {
                ((ObjectNode) arg).put("string_arg", path);
            }
        }
        return copy;
    }

    static ObjectNode inPod(ObjectNode raw, Pod pod) {
        ObjectNode copy = raw.deepCopy();
        ObjectNode p = (ObjectNode) copy.get("process_kprobe").get("process").get("pod");
        if (p == null) {
            p = ((ObjectNode) copy.get("process_kprobe").get("process")).putObject("pod");
        }
        p.put("namespace", pod.namespace()).put("name", pod.name());
        return copy;
    }

    static ObjectNode fileArg(String path) {
        ObjectNode arg = JSON.createObjectNode();
        arg.putObject("file_arg").put("path", path);
        return arg;
    }

    static ObjectNode pathArg(String path) {
        ObjectNode arg = JSON.createObjectNode();
        arg.putObject("path_arg").put("path", path);
        return arg;
    }

    static ObjectNode stringArg(String value) {
        return JSON.createObjectNode().put("string_arg", value);
    }

    static ObjectNode intArg(int value) {
        return JSON.createObjectNode().put("int_arg", value);
    }

    static ObjectNode sockArg(String saddr, String daddr, int dport) {
        ObjectNode arg = JSON.createObjectNode();
        arg.putObject("sock_arg").put("family", "AF_INET").put("type", "SOCK_STREAM").put("protocol", "IPPROTO_TCP")
                .put("mark", 0).put("priority", 0).put("saddr", saddr).put("daddr", daddr).put("sport", 40122)
                .put("dport", dport);
        return arg;
    }

    /** A Falco JSON alert as Falco writes it with json_output, the namespace fields appended. */
    static ObjectNode falco(String rule, String source, String namespace) {
        ObjectNode alert = template("falco-alert.json");
        alert.put("rule", rule).put("source", source);
        ObjectNode fields = (ObjectNode) alert.get("output_fields");
        if ("k8s_audit".equals(source)) {
            fields.removeAll();
            fields.put("ka.target.namespace", namespace).put("ka.user.name", "mallory").put("ka.verb", "list");
        } else {
            fields.put("k8s.ns.name", namespace);
        }
        return alert;
    }

    static ObjectNode kubernetesEvent(String reason, String kind, String name, String namespace) {
        ObjectNode event = template("k8s-event.json");
        event.put("reason", reason);
        ((ObjectNode) event.get("metadata")).put("namespace", namespace).put("name", name + ".17f2a3b4c5d6e7f8");
        ((ObjectNode) event.get("involvedObject")).put("kind", kind).put("name", name).put("namespace", namespace);
        return event;
    }

    /** Events one per line, as a sensor's log or export file holds them. */
    static String lines(List<? extends JsonNode> events) {
        StringBuilder out = new StringBuilder();
        events.forEach(e -> out.append(e.toString()).append('\n'));
        return out.toString();
    }

    private static void putOrRemove(ObjectNode node, String field, String value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, value);
        }
    }
}
