package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a mix of sensors' events (a replayed capture, a topic carrying several sensors) and tells
 * each one's sensor by its shape: an audit event by its {@code audit.k8s.io} API version or its
 * {@code auditID}; a Falco alert by {@code rule} with {@code output} or {@code output_fields}; a
 * Tetragon event by its event-type key or the KSC/Vector wrapper; a Kubernetes Event by the
 * object it is about; a Kubescape alert by its {@code RuleID}.
 */
public final class AnySensorEventReader extends SensorEventReader<SensorEvent> {

    private final AuditEventReader audit = new AuditEventReader();
    private final FalcoAlertReader falco = new FalcoAlertReader();
    private final TetragonEventReader tetragon = new TetragonEventReader();
    private final KubernetesEventReader kubernetes = new KubernetesEventReader();
    private final KubescapeAlertReader kubescape = new KubescapeAlertReader();
    private final EventJson json = new EventJson("sensor event");

    public AnySensorEventReader() {
        super("sensor event");
    }

    /**
     * A line of Tetragon's own export, read without a tree, unless it names a key by which the tree
     * reading would tell another sensor first (audit's, Falco's); then, and for every other shape,
     * the tree decides.
     */
    @Override
    SensorEvent quickly(String text) {
        if (!TetragonEventReader.startsWithType(text) || text.contains("\"auditID\"") || text.contains("\"apiVersion\"")
                || text.contains("\"rule\"")) {
            return null;
        }
        return tetragon.readOrNull(text);
    }

    @Override
    SensorEvent decode(JsonNode node, String path) {
        JsonNode apiVersion = node.get("apiVersion");
        if (node.has("auditID") || apiVersion != null && apiVersion.asText().startsWith("audit.k8s.io/")) {
            return audit.decode(node, path);
        }
        if (node.has("rule") && (node.has("output") || node.has("output_fields"))) {
            return falco.decode(node, path);
        }
        if (node.has("payload") && node.has("type")
                || node.properties().stream().anyMatch(e -> TetragonEventReader.TYPES.contains(e.getKey()))) {
            return tetragon.decode(node, path);
        }
        if (node.has("RuleID")) {
            return kubescape.decode(node, path);
        }
        if (node.has("involvedObject") || node.has("regarding") || node.has("object") && node.has("type")) {
            return kubernetes.decode(node, path);
        }
        throw json.malformed(path, "not an event of a known sensor (audit, Falco, Tetragon, Kubernetes Event, Kubescape)");
    }
}
