package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Parses a Kubernetes Event of either API ({@code v1} or {@code events.k8s.io/v1}), bare or as
 * the {@code object} of a watch event ({@code {"type": "ADDED", "object": {...}}}).
 */
public final class KubernetesEventReader extends SensorEventReader<KubernetesEvent> {

    private static final EventJson JSON = new EventJson("Kubernetes Event");

    public KubernetesEventReader() {
        super("Kubernetes Event");
    }

    @Override
    KubernetesEvent decode(JsonNode root, String rootPath) {
        JsonNode node = root;
        String path = rootPath;
        if (!root.has("kind") && root.has("object")) {
            node = JSON.child(root, "object", rootPath);
            path = EventJson.path(rootPath, "object");
        }
        String kind = JSON.text(node, "kind", path);
        if (kind != null && !"Event".equals(kind)) {
            throw JSON.malformed(EventJson.path(path, "kind"), "expected 'Event', found another kind");
        }
        String apiVersion = JSON.text(node, "apiVersion", path);
        boolean newApi = "events.k8s.io/v1".equals(apiVersion) || "events.k8s.io/v1beta1".equals(apiVersion);
        JsonNode metadata = JSON.child(node, "metadata", path);
        String metadataPath = EventJson.path(path, "metadata");
        String objectField = newApi ? "regarding" : "involvedObject";
        JsonNode object = JSON.child(node, objectField, path);
        if (object == null) {
            throw JSON.malformed(EventJson.path(path, objectField), "missing");
        }
        String objectPath = EventJson.path(path, objectField);
        InvolvedObject involved = new InvolvedObject(JSON.text(object, "kind", objectPath),
                JSON.text(object, "namespace", objectPath), JSON.text(object, "name", objectPath),
                JSON.text(object, "uid", objectPath), JSON.text(object, "apiVersion", objectPath),
                JSON.text(object, "fieldPath", objectPath));
        String namespace = metadata == null ? null : JSON.text(metadata, "namespace", metadataPath);
        return new KubernetesEvent(apiVersion == null ? "v1" : apiVersion,
                namespace == null ? involved.namespace() : namespace,
                metadata == null ? null : JSON.text(metadata, "name", metadataPath),
                JSON.requiredText(node, "reason", path),
                JSON.text(node, newApi ? "note" : "message", path),
                JSON.text(node, "type", path),
                involved,
                time(node, metadata, path, newApi),
                count(node, path),
                reporter(node, path));
    }

    private static Instant time(JsonNode node, JsonNode metadata, String path, boolean newApi) {
        Instant eventTime = JSON.instant(node, "eventTime", path);
        if (eventTime != null) {
            return eventTime;
        }
        String[] fallbacks = newApi
                ? new String[] {"deprecatedLastTimestamp", "deprecatedFirstTimestamp"}
                : new String[] {"lastTimestamp", "firstTimestamp"};
        for (String field : fallbacks) {
            Instant value = JSON.instant(node, field, path);
            if (value != null) {
                return value;
            }
        }
        return metadata == null ? null : JSON.instant(metadata, "creationTimestamp", EventJson.path(path, "metadata"));
    }

    private static int count(JsonNode node, String path) {
        JsonNode series = JSON.child(node, "series", path);
        Integer value = series != null ? JSON.integer(series, "count", EventJson.path(path, "series"))
                : JSON.integer(node, "count", path);
        if (value == null) {
            value = JSON.integer(node, "deprecatedCount", path);
        }
        return value == null || value < 1 ? 1 : value;
    }

    private static String reporter(JsonNode node, String path) {
        for (String field : new String[] {"reportingController", "reportingComponent"}) {
            String value = JSON.text(node, field, path);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        JsonNode source = JSON.child(node, "source", path);
        if (source == null) {
            source = JSON.child(node, "deprecatedSource", path);
        }
        return source == null ? null : JSON.text(source, "component", EventJson.path(path, "source"));
    }
}
