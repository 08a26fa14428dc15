package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>Tetragon is the sensor that speaks most (every exec, every hooked call of a busy node), so
 * its events are read as a stream of tokens straight into the event's records: no tree of the
 * whole event is built, and what the workbench does not keep (the parent's pod, the image's
 * details, reference counts) is skipped unread. An event already read into a tree (an item of a
 * list in a file) is walked by the same code.
 */
public final class TetragonEventReader extends SensorEventReader<TetragonEvent> {

    /** The event types of Tetragon's {@code GetEventsResponse}. */
    public static final Set<String> TYPES = Set.of("process_exec", "process_exit", "process_kprobe",
            "process_tracepoint", "process_uprobe", "process_usdt", "process_lsm", "process_loader",
            "process_throttle");

    private static final EventJson JSON = new EventJson("Tetragon event");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public TetragonEventReader() {
        super("Tetragon event");
    }

    @Override
    public TetragonEvent read(String text) {
        if (text == null || text.isBlank()) {
            throw JSON.malformed(null, "empty input");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw JSON.malformed(null, "expected a JSON object, found " + TetragonTokens.describe(first));
            }
            TetragonEvent event = decode(parser, "");
            if (parser.nextToken() != null) {
                // Silently keeping the first of several events loses the rest: say so instead.
                throw JSON.malformed(null, "more than one JSON value (line " + parser.currentLocation().getLineNr()
                        + "): read a file of several events with readAll or stream");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw JSON.malformed(null, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    TetragonEvent decode(JsonNode root, String rootPath) {
        try (JsonParser parser = root.traverse(MAPPER)) {
            parser.nextToken();
            return decode(parser, rootPath);
        } catch (IOException e) {
            throw new UncheckedIOException("walking a tree already in memory", e);
        }
    }

    /** The event whose object the parser has just opened; leaves the parser on its closing brace. */
    private static TetragonEvent decode(JsonParser parser, String rootPath) throws IOException {
        TetragonTokens in = new TetragonTokens(parser, JSON);
        String nodeName = null;
        String time = null;
        String wrappedType = null;
        boolean wrapped = false;
        Body payload = null;
        String rawType = null;
        Body rawBody = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "node_name" -> nodeName = in.text(rootPath, name);
                case "time" -> time = in.text(rootPath, name);
                case "type" -> wrappedType = in.text(rootPath, name);
                case "payload" -> {
                    wrapped = true;
                    payload = value == JsonToken.VALUE_NULL ? null : body(in, in.object(rootPath, name));
                }
                default -> {
                    if (!TYPES.contains(name)) {
                        parser.skipChildren();
                    } else if (rawType != null) {
                        throw JSON.malformed(rootPath, "more than one event type " + List.of(rawType, name)
                                + ": expected exactly one");
                    } else {
                        String path = EventJson.path(rootPath, name);
                        if (value != JsonToken.START_OBJECT) {
                            throw JSON.malformed(path, "expected an object, found " + TetragonTokens.describe(value));
                        }
                        rawType = name;
                        rawBody = body(in, path);
                    }
                }
            }
        }
        String type;
        Body body;
        if (wrapped) {
            if (wrappedType == null || wrappedType.isEmpty()) {
                throw JSON.malformed(EventJson.path(rootPath, "type"), "missing");
            }
            if (!TYPES.contains(wrappedType)) {
                throw JSON.malformed(EventJson.path(rootPath, "type"), "unknown event type (expected one of "
                        + new TreeSet<>(TYPES) + ")");
            }
            if (payload == null) {
                throw JSON.malformed(EventJson.path(rootPath, "payload"), "missing");
            }
            type = wrappedType;
            // Some pipelines keep the raw shape inside the payload: unwrap it.
            body = payload.nested.getOrDefault(type, payload);
        } else {
            if (rawType == null) {
                throw JSON.malformed(rootPath, "no event type: expected exactly one of " + new TreeSet<>(TYPES)
                        + ", or the wrapped shape with 'type' and 'payload'");
            }
            type = rawType;
            body = rawBody;
        }
        String functionName = body.functionName;
        if (functionName == null && "process_tracepoint".equals(type)) {
            functionName = body.subsys == null ? body.event : body.subsys + "/" + body.event;
        }
        return new TetragonEvent(type, nodeName, JSON.instant(time, EventJson.path(rootPath, "time")), body.process,
                body.parent, functionName, body.policyName, body.action, body.args, body.returnValue);
    }

    /** What an event's body says, whichever type it is; a body inside a body is kept by its type's name. */
    private static final class Body {
        String functionName;
        String subsys;
        String event;
        String policyName;
        String action;
        TetragonProcess process;
        TetragonProcess parent;
        List<TetragonArg> args = List.of();
        TetragonArg returnValue;
        final Map<String, Body> nested = new HashMap<>(2);
    }

    /** The body whose object the parser has just opened, at {@code path}. */
    private static Body body(TetragonTokens in, String path) throws IOException {
        JsonParser parser = in.parser();
        Body body = new Body();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "function_name" -> body.functionName = in.text(path, name);
                case "subsys" -> body.subsys = in.text(path, name);
                case "event" -> body.event = in.text(path, name);
                case "policy_name" -> body.policyName = in.text(path, name);
                case "action" -> body.action = in.text(path, name);
                case "process" -> body.process = process(in, path, name);
                case "parent" -> body.parent = process(in, path, name);
                case "args" -> body.args = args(in, path);
                case "return" -> body.returnValue = value == JsonToken.VALUE_NULL ? null
                        : arg(parser.readValueAsTree(), EventJson.path(path, "return"));
                default -> {
                    if (value == JsonToken.START_OBJECT && TYPES.contains(name)) {
                        body.nested.put(name, body(in, EventJson.path(path, name)));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return body;
    }

    private static TetragonProcess process(TetragonTokens in, String parentPath, String field) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String path = in.object(parentPath, field);
        JsonParser parser = in.parser();
        String execId = null;
        Integer pid = null;
        Integer uid = null;
        String cwd = null;
        String binary = null;
        String arguments = null;
        String flags = null;
        String startTime = null;
        String parentExecId = null;
        TetragonPod pod = null;
        String auid = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "exec_id" -> execId = in.text(path, name);
                case "pid" -> pid = in.integer(path, name);
                case "uid" -> uid = in.integer(path, name);
                case "cwd" -> cwd = in.text(path, name);
                case "binary" -> binary = in.text(path, name);
                case "arguments" -> arguments = in.text(path, name);
                case "flags" -> flags = in.text(path, name);
                case "start_time" -> startTime = in.text(path, name);
                case "parent_exec_id" -> parentExecId = in.text(path, name);
                case "pod" -> pod = pod(in, path);
                case "auid" -> auid = in.auid(path, name);
                default -> parser.skipChildren();
            }
        }
        return new TetragonProcess(execId, pid, uid, cwd, binary, arguments, flags,
                JSON.instant(startTime, EventJson.path(path, "start_time")), parentExecId, pod, auid);
    }

    private static TetragonPod pod(TetragonTokens in, String processPath) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String path = in.object(processPath, "pod");
        JsonParser parser = in.parser();
        String namespace = null;
        String name = null;
        String[] container = new String[4];
        Map<String, String> labels = Map.of();
        String workload = null;
        String workloadKind = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "namespace" -> namespace = in.text(path, field);
                case "name" -> name = in.text(path, field);
                case "container" -> container(in, path, container);
                case "pod_labels" -> labels = parser.currentToken() == JsonToken.VALUE_NULL ? Map.of()
                        : EventJson.flatMap(checkedTree(in, path, field));
                case "workload" -> workload = in.text(path, field);
                case "workload_kind" -> workloadKind = in.text(path, field);
                default -> parser.skipChildren();
            }
        }
        return new TetragonPod(namespace, name, container[0], container[1], container[2], container[3], labels,
                workload, workloadKind);
    }

    private static JsonNode checkedTree(TetragonTokens in, String path, String field) throws IOException {
        in.object(path, field);
        return in.parser().readValueAsTree();
    }

    /** Fills {@code out} with the container's id and name and its image's id and name. */
    private static void container(TetragonTokens in, String podPath, String[] out) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        String path = in.object(podPath, "container");
        JsonParser parser = in.parser();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> out[0] = in.text(path, field);
                case "name" -> out[1] = in.text(path, field);
                case "image" -> {
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    String imagePath = in.object(path, field);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String imageField = parser.currentName();
                        parser.nextToken();
                        switch (imageField) {
                            case "id" -> out[2] = in.text(imagePath, imageField);
                            case "name" -> out[3] = in.text(imagePath, imageField);
                            default -> parser.skipChildren();
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
    }

    private static List<TetragonArg> args(TetragonTokens in, String bodyPath) throws IOException {
        JsonParser parser = in.parser();
        JsonToken value = parser.currentToken();
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        String path = EventJson.path(bodyPath, "args");
        if (value != JsonToken.START_ARRAY) {
            throw JSON.malformed(path, "expected an array, found " + TetragonTokens.describe(value));
        }
        List<TetragonArg> result = new ArrayList<>(2);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            result.add(arg(parser.readValueAsTree(), path + "[" + result.size() + "]"));
        }
        return result;
    }

    /** An argument is an object with one {@code *_arg} key (plus an optional {@code label}); small, so read as a tree. */
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
