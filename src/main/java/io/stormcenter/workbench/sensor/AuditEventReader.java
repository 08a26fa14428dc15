package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Kubernetes audit events: a single {@code Event}, the {@code EventList} that the webhook
 * backend POSTs, or the log backend's file of one event per line. Events of
 * {@code audit.k8s.io/v1} and {@code v1beta1} are accepted.
 */
public final class AuditEventReader extends SensorEventReader<AuditEvent> {

    private static final EventJson JSON = new EventJson("audit event");

    public AuditEventReader() {
        super("audit event");
    }

    /**
     * An {@code EventList} (its {@code items}) or a single {@code Event}; a malformed item fails the
     * whole list (use {@link #readAll} to skip it and keep the rest).
     */
    public List<AuditEvent> readList(String json) {
        JsonNode root = JSON.object(json);
        if (!"EventList".equals(JSON.text(root, "kind", ""))) {
            return List.of(decode(root, ""));
        }
        List<JsonNode> items = JSON.array(root, "items", "");
        List<AuditEvent> events = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "items[" + i + "]";
            if (!item.isObject()) {
                throw JSON.malformed(path, "expected an object, found " + EventJson.describe(item));
            }
            events.add(decode(item, path));
        }
        return List.copyOf(events);
    }

    @Override
    AuditEvent decode(JsonNode node, String path) {
        String kind = JSON.text(node, "kind", path);
        if (kind != null && !"Event".equals(kind)) {
            throw JSON.malformed(EventJson.path(path, "kind"), "expected 'Event', found another kind");
        }
        String apiVersion = JSON.text(node, "apiVersion", path);
        if (apiVersion != null && !apiVersion.startsWith("audit.k8s.io/")) {
            throw JSON.malformed(EventJson.path(path, "apiVersion"), "expected audit.k8s.io/v1");
        }
        JsonNode userNode = JSON.child(node, "user", path);
        if (userNode == null) {
            throw JSON.malformed(EventJson.path(path, "user"), "missing");
        }
        JsonNode status = JSON.child(node, "responseStatus", path);
        return new AuditEvent(
                apiVersion,
                JSON.text(node, "level", path),
                JSON.requiredText(node, "auditID", path),
                JSON.requiredText(node, "stage", path),
                JSON.text(node, "requestURI", path),
                JSON.requiredText(node, "verb", path),
                user(userNode, EventJson.path(path, "user")),
                impersonated(node, path),
                JSON.strings(node, "sourceIPs", path),
                JSON.text(node, "userAgent", path),
                objectRef(node, path),
                status == null ? null : JSON.integer(status, "code", EventJson.path(path, "responseStatus")),
                EventJson.rawJson(node, "requestObject"),
                EventJson.rawJson(node, "responseObject"),
                JSON.instant(node, "requestReceivedTimestamp", path),
                JSON.instant(node, "stageTimestamp", path),
                JSON.flatMap(node, "annotations", path));
    }

    private AuditUser impersonated(JsonNode node, String path) {
        JsonNode value = JSON.child(node, "impersonatedUser", path);
        return value == null ? null : user(value, EventJson.path(path, "impersonatedUser"));
    }

    private static AuditUser user(JsonNode node, String path) {
        return new AuditUser(JSON.text(node, "username", path), JSON.text(node, "uid", path),
                JSON.strings(node, "groups", path), JSON.listMap(node, "extra", path));
    }

    private static AuditObjectRef objectRef(JsonNode node, String path) {
        JsonNode ref = JSON.child(node, "objectRef", path);
        if (ref == null) {
            return AuditObjectRef.NONE;
        }
        String p = EventJson.path(path, "objectRef");
        return new AuditObjectRef(JSON.text(ref, "resource", p), JSON.text(ref, "namespace", p),
                JSON.text(ref, "name", p), JSON.text(ref, "uid", p), JSON.text(ref, "apiGroup", p),
                JSON.text(ref, "apiVersion", p), JSON.text(ref, "resourceVersion", p),
                JSON.text(ref, "subresource", p));
    }
}
