package io.stormcenter.workbench.sensor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses a Tetragon event in either shape: the raw export (exactly one of {@code process_exec},
 * {@code process_kprobe}, ... beside {@code node_name} and {@code time}), or the KSC/Vector
 * wrapper {@code {"time", "node_name", "type": "process_kprobe", "payload": {...}}}.
 *
 * <p>Tetragon is the sensor that speaks most (every exec, every hooked call of a busy node), so
 * its events are read as a stream of tokens straight into the event's records: no tree is built
 * (an argument's nested value, rare, is the exception), what the workbench does not keep (the
 * parent process, the image's details, reference counts) is skipped unread, and field paths are only
 * worded for an error. An event already read into a tree (an item of a list in a file) is walked by
 * the same code.
 */
public final class TetragonEventReader extends SensorEventReader<TetragonEvent> {

    /** The event types of Tetragon's {@code GetEventsResponse}. */
    public static final Set<String> TYPES = Set.of("process_exec", "process_exit", "process_kprobe",
            "process_tracepoint", "process_uprobe", "process_usdt", "process_lsm", "process_loader",
            "process_throttle");

    private static final EventJson JSON = new EventJson("Tetragon event");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The mapper's own factory: its parsers can read a value into a tree, without the mapper's set-up per parser. */
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    public TetragonEventReader() {
        super("Tetragon event");
    }

    /**
     * Jackson reads bytes faster than chars (its byte parser looks field names up four bytes at a time), so
     * the text's UTF-8 is read when it holds exactly the text's characters. Both parsers give the same
     * values, but the byte parser counts columns in bytes and places a few syntax errors a token later,
     * so a text it finds malformed is read again by the char parser, which words the problem as ever.
     */
    @Override
    public TetragonEvent read(String text) {
        return read(text, null);
    }

    /**
     * The text's event, read from {@code utf8} when it holds exactly the text's characters: a caller
     * that keeps the event's UTF-8 anyway (the store packs it) hands it over instead of having it
     * encoded twice.
     *
     * @param utf8 the text's {@code getBytes(UTF_8)}, or null to have the reader encode it
     */
    public TetragonEvent read(String text, byte[] utf8) {
        if (text == null || text.isBlank()) {
            throw JSON.malformed(null, "empty input");
        }
        try {
            utf8 = utf8 == null ? Utf8Input.of(text) : Utf8Input.readable(text, utf8);
            if (utf8 != null) {
                try {
                    return LineParser.readOnThisThread(utf8);
                } catch (MalformedEventException | IOException e) {
                    // read again below
                }
            }
            try (JsonParser parser = FACTORY.createParser(text)) {
                return document(parser);
            }
        } catch (JsonProcessingException e) {
            throw JSON.malformed(null, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One parser for a thread's lines, one after another: Jackson's setting up of a parser for each line
     * (its contexts, buffers and symbol table) cost as much as a tenth of reading the line. The parser
     * reads each line's UTF-8 from this stream, which gives it the current line only; a line that
     * ends before its event does, or holds more than the event, fails here (and is read again alone).
     */
    private static final class LineParser extends InputStream {

        static final ThreadLocal<LineParser> MINE = ThreadLocal.withInitial(LineParser::new);
        /**
         * Lines a parser reads before it is closed and another made: closing hands the field names it
         * learned to the factory's table, whose size Jackson bounds, so a parser's own never grows
         * without end on a long stream of events whose field names vary (a pod's label keys).
         */
        static final int LINES_PER_PARSER = 100_000;

        private final JsonParser parser;
        private byte[] line = new byte[0];
        private int at;
        /** The bytes handed to the parser before the current line. */
        private long before;
        private int lines;

        private LineParser() {
            try {
                parser = FACTORY.createParser(this);
            } catch (IOException e) {
                throw new UncheckedIOException("a parser of bytes in memory", e);
            }
        }

        /**
         * The line's event, read by this thread's parser; a parser that failed (it stopped somewhere
         * in the line) or read its share of lines is dropped, and the thread's next line gets a new one.
         */
        static TetragonEvent readOnThisThread(byte[] utf8) throws IOException {
            LineParser mine = MINE.get();
            try {
                TetragonEvent event = mine.event(utf8);
                if (mine.lines >= LINES_PER_PARSER) {
                    MINE.remove();
                    mine.parser.close();
                }
                return event;
            } catch (MalformedEventException | IOException e) {
                MINE.remove();
                throw e;
            }
        }

        /** The one event of the line, which must hold nothing else but white space. */
        private TetragonEvent event(byte[] utf8) throws IOException {
            before += line.length;
            line = utf8;
            at = 0;
            TetragonEvent event = object(parser);
            long rest = Math.max(0, parser.currentLocation().getByteOffset() - before);
            for (long i = rest; i < line.length; i++) {
                byte b = line[(int) i];
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                    throw JSON.malformed(null, "more than one JSON value");
                }
            }
            // what the parser has not taken of the line is white space: it need not see it
            at = line.length;
            lines++;
            return event;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            int count = Math.min(length, line.length - at);
            if (count <= 0) {
                // asked for more than the line: it ends inside its event (0 makes the parser fail)
                return 0;
            }
            System.arraycopy(line, at, into, offset, count);
            at += count;
            return count;
        }

        @Override
        public int read() throws IOException {
            if (at >= line.length) {
                throw new IOException("the line ends inside its event");
            }
            return line[at++] & 0xFF;
        }
    }

    /** How many lines a thread's parser reads before another is made, for tests. */
    static int linesPerParser() {
        return LineParser.LINES_PER_PARSER;
    }

    /** The event of the object the parser's next token opens; leaves the parser on its closing brace. */
    private static TetragonEvent object(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw JSON.malformed(null, "expected a JSON object, found " + TetragonTokens.describe(first));
        }
        return decode(parser, FieldPath.root(""));
    }

    /** The one event of a whole document. */
    private static TetragonEvent document(JsonParser parser) throws IOException {
        TetragonEvent event = object(parser);
        if (parser.nextToken() != null) {
            // Silently keeping the first of several events loses the rest: say so instead.
            throw JSON.malformed(null, "more than one JSON value (line " + parser.currentLocation().getLineNr()
                    + "): read a file of several events with readAll or stream");
        }
        return event;
    }

    /**
     * A line of Tetragon's own export (its first key is the event's type) read token by token, as
     * the cluster's log stream is: a replayed capture is mostly such lines, and a tree for each cost
     * a third of replaying it.
     */
    @Override
    TetragonEvent quickly(String text) {
        return startsWithType(text) ? readOrNull(text) : null;
    }

    /** The text's event, or null when it is malformed (the tree's reading then words the problem). */
    TetragonEvent readOrNull(String text) {
        try {
            return read(text);
        } catch (MalformedEventException e) {
            return null;
        }
    }

    /** Whether the text opens an object whose first key is one of {@link #TYPES}, written compactly. */
    static boolean startsWithType(String text) {
        if (!text.startsWith("{\"process_")) {
            return false;
        }
        int end = text.indexOf('"', 2);
        return end > 0 && TYPES.contains(text.substring(2, end));
    }

    @Override
    TetragonEvent decode(JsonNode root, String rootPath) {
        try (JsonParser parser = root.traverse(MAPPER)) {
            parser.nextToken();
            return decode(parser, FieldPath.root(rootPath));
        } catch (IOException e) {
            throw new UncheckedIOException("walking a tree already in memory", e);
        }
    }

    /** The event whose object the parser has just opened; leaves the parser on its closing brace. */
    private static TetragonEvent decode(JsonParser parser, FieldPath root) throws IOException {
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
                case "node_name" -> nodeName = in.text(root, name);
                case "time" -> time = in.text(root, name);
                case "type" -> wrappedType = in.text(root, name);
                case "payload" -> {
                    wrapped = true;
                    payload = value == JsonToken.VALUE_NULL ? null : body(in, in.object(root, name));
                }
                default -> {
                    if (!TYPES.contains(name)) {
                        parser.skipChildren();
                    } else if (rawType != null) {
                        throw JSON.malformed(root.toString(), "more than one event type " + List.of(rawType, name)
                                + ": expected exactly one");
                    } else {
                        rawType = name;
                        rawBody = body(in, in.object(root, name));
                    }
                }
            }
        }
        String type;
        Body body;
        if (wrapped) {
            if (wrappedType == null || wrappedType.isEmpty()) {
                throw JSON.malformed(root.of("type"), "missing");
            }
            if (!TYPES.contains(wrappedType)) {
                throw JSON.malformed(root.of("type"), "unknown event type (expected one of "
                        + new TreeSet<>(TYPES) + ")");
            }
            if (payload == null) {
                throw JSON.malformed(root.of("payload"), "missing");
            }
            type = wrappedType;
            // Some pipelines keep the raw shape inside the payload: unwrap it.
            body = payload.nested == null ? payload : payload.nested.getOrDefault(type, payload);
        } else {
            if (rawType == null) {
                throw JSON.malformed(root.toString(), "no event type: expected exactly one of " + new TreeSet<>(TYPES)
                        + ", or the wrapped shape with 'type' and 'payload'");
            }
            type = rawType;
            body = rawBody;
        }
        String functionName = body.functionName;
        if (functionName == null && "process_tracepoint".equals(type)) {
            functionName = body.subsys == null ? body.event : body.subsys + "/" + body.event;
        }
        return new TetragonEvent(type, nodeName, instant(time, root, "time"), body.process, functionName,
                body.policyName, body.action, body.args, body.returnValue);
    }

    /** An optional RFC 3339 timestamp; the field's path is only worded for an error. */
    private static Instant instant(String text, FieldPath at, String field) {
        if (text == null) {
            return null;
        }
        Instant utc = Rfc3339.utc(text);
        return utc != null ? utc : JSON.instant(text, at.of(field));
    }

    /** What an event's body says, whichever type it is; a body inside a body is kept by its type's name. */
    private static final class Body {
        String functionName;
        String subsys;
        String event;
        String policyName;
        String action;
        TetragonProcess process;
        List<TetragonArg> args = List.of();
        TetragonArg returnValue;
        /** Null until a body inside the body appears (a wrapped event keeping the raw shape in its payload). */
        Map<String, Body> nested;
    }

    /** The body whose object the parser has just opened, at {@code path}. */
    private static Body body(TetragonTokens in, FieldPath path) throws IOException {
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
                case "args" -> body.args = args(in, path);
                case "return" -> body.returnValue = value == JsonToken.VALUE_NULL ? null
                        : arg(in, path.field("return"));
                default -> {
                    if (value == JsonToken.START_OBJECT && TYPES.contains(name)) {
                        if (body.nested == null) {
                            body.nested = new HashMap<>(2);
                        }
                        body.nested.put(name, body(in, path.field(name)));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return body;
    }

    private static TetragonProcess process(TetragonTokens in, FieldPath parentPath, String field) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        FieldPath path = in.object(parentPath, field);
        JsonParser parser = in.parser();
        String execId = null;
        Integer pid = null;
        Integer uid = null;
        String binary = null;
        String arguments = null;
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
                case "binary" -> binary = in.text(path, name);
                case "arguments" -> arguments = in.text(path, name);
                case "parent_exec_id" -> parentExecId = in.text(path, name);
                case "pod" -> pod = pod(in, path);
                case "auid" -> auid = in.auid(path, name);
                default -> parser.skipChildren();
            }
        }
        return new TetragonProcess(execId, pid, uid, binary, arguments, parentExecId, pod, auid);
    }

    private static TetragonPod pod(TetragonTokens in, FieldPath processPath) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        FieldPath path = in.object(processPath, "pod");
        JsonParser parser = in.parser();
        String namespace = null;
        String name = null;
        String containerId = null;
        Map<String, String> labels = Map.of();
        String workload = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "namespace" -> namespace = in.text(path, field);
                case "name" -> name = in.text(path, field);
                case "container" -> containerId = containerId(in, path);
                case "pod_labels" -> labels = labels(in, path);
                case "workload" -> workload = in.text(path, field);
                default -> parser.skipChildren();
            }
        }
        return new TetragonPod(namespace, name, containerId, labels, workload);
    }

    /** As {@link EventJson#flatMap(JsonNode)} reads a tree: each label's value as text, a null left out. */
    private static Map<String, String> labels(TetragonTokens in, FieldPath podPath) throws IOException {
        JsonParser parser = in.parser();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        in.object(podPath, "pod_labels");
        TextFields labels = new TextFields();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            in.addTo(labels, name, true);
        }
        return labels.toMap();
    }

    /** The container's id; the rest of the container (its name, image, start) stays in the event's JSON. */
    private static String containerId(TetragonTokens in, FieldPath podPath) throws IOException {
        if (in.parser().currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        FieldPath path = in.object(podPath, "container");
        JsonParser parser = in.parser();
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("id".equals(field)) {
                id = in.text(path, field);
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    private static List<TetragonArg> args(TetragonTokens in, FieldPath bodyPath) throws IOException {
        JsonParser parser = in.parser();
        JsonToken value = parser.currentToken();
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        FieldPath path = bodyPath.field("args");
        if (value != JsonToken.START_ARRAY) {
            throw JSON.malformed(path.toString(), "expected an array, found " + TetragonTokens.describe(value));
        }
        TetragonArg[] result = new TetragonArg[2];
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (count == result.length) {
                result = Arrays.copyOf(result, 2 * count);
            }
            result[count] = arg(in, path.item(count));
            count++;
        }
        // built immutable, so that the event keeps it as it is
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(result[0]);
            case 2 -> List.of(result[0], result[1]);
            default -> List.of(Arrays.copyOf(result, count));
        };
    }

    /**
     * An argument is an object with one {@code *_arg} key (plus an optional {@code label}). Read as a tree
     * gives it: the first {@code *_arg} key, with its last value if the key is written twice.
     */
    private static TetragonArg arg(TetragonTokens in, FieldPath path) throws IOException {
        JsonParser parser = in.parser();
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            // Read whole, as before it is refused: a broken value is "not valid JSON" first.
            JsonNode value = parser.readValueAsTree();
            throw JSON.malformed(path.toString(), "expected an object, found " + EventJson.describe(value));
        }
        String type = null;
        TetragonArg arg = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (type == null ? name.endsWith("_arg") : name.equals(type)) {
                type = name;
                arg = argValue(in, name);
            } else {
                parser.skipChildren();
            }
        }
        if (arg == null) {
            throw JSON.malformed(path.toString(), "no '*_arg' field (e.g. string_arg, file_arg, sock_arg)");
        }
        return arg;
    }

    /** A scalar is its text; an object gives its fields as text and its path, else its daddr, else its JSON. */
    private static TetragonArg argValue(TetragonTokens in, String type) throws IOException {
        JsonParser parser = in.parser();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return new TetragonArg(type, in.anyText(), Map.of());
        }
        TextFields fields = new TextFields();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            in.addTo(fields, name, false);
        }
        String value = fields.has("path") ? fields.text("path")
                : fields.has("daddr") ? fields.text("daddr") : fields.json();
        return new TetragonArg(type, value, fields.toMap());
    }
}
