package io.stormcenter.workbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.SensorKind;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc observations MODEL}: the stored observations, newest first. */
@Command(name = "observations",
        description = "Lists the stored observations of a model, newest first: time, source, outcome, trip-wire and "
                + "node, who acted and on what. --json gives {\"total\":N,\"observations\":[...]}.")
final class ObservationsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    ObservationsCommand(Clock clock) {
        this.clock = clock;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Mixin
    private StoreOption store = new StoreOption();

    @Option(names = "--window", paramLabel = "24h|all", defaultValue = "all",
            description = "How far back, by event time: 90s, 30m, 24h, 7d, or all (default: ${DEFAULT-VALUE}).")
    private String window;

    @Option(names = "--source", paramLabel = "S", description = "Only this source: audit, falco, tetragon, k8s-event.")
    private String source;

    @Option(names = "--tripwire", paramLabel = "ID", description = "Only observations of this trip-wire.")
    private String tripwire;

    @Option(names = "--node", paramLabel = "ID", description = "Only observations of this tree node.")
    private String node;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "At most N observations (the total still counts all; default: all).")
    private int limit;

    @Option(names = "--json", description = "JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        ObservationQuery query = query();
        if (!Files.exists(model)) {
            throw new CommandFailure(model + ": no such file");
        }
        List<Observation> found;
        long total;
        if (!store.exists(model)) {
            found = List.of();
            total = 0;
        } else {
            try (JdbcObservationStore observations = store.open(model)) {
                found = observations.find(query);
                total = observations.count(query);
            } catch (ObservationStoreException e) {
                throw new CommandFailure(e.getMessage());
            }
        }
        if (json) {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(total, found)));
        } else {
            text(out, total, found);
        }
        out.flush();
        return 0;
    }

    private ObservationQuery query() {
        ObservationQuery query = ObservationQuery.all();
        if (!"all".equalsIgnoreCase(window)) {
            try {
                query = query.since(clock.instant().minus(WindowText.length(window, window)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--window: " + e.getMessage());
            }
        }
        if (source != null) {
            try {
                query = query.from(SensorKind.fromKey(source));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--source: " + e.getMessage());
            }
        }
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit: give 0 (all) or more");
        }
        return query.tripwire(tripwire).node(node).limit(limit);
    }

    private static ObjectNode json(long total, List<Observation> found) {
        ObjectNode root = JSON.createObjectNode();
        root.put("total", total);
        ArrayNode list = root.putArray("observations");
        for (Observation o : found) {
            ObjectNode item = list.addObject();
            item.put("time", o.eventTime().toString());
            item.put("received", o.receivedTime().toString());
            item.put("source", o.source().key());
            item.put("origin", o.origin());
            item.put("tripwire", o.tripwireId());
            item.put("node", o.nodeId());
            item.put("outcome", o.outcome().key());
            if (o.reason() != null) {
                item.put("reason", o.reason());
            }
            item.set("actor", JSON.valueToTree(o.actor().fields()));
            item.put("object", o.object());
            if (o.matches().size() > 1) {
                ArrayNode more = item.putArray("matches");
                o.matches().forEach(match -> more.addObject().put("tripwire", match.tripwireId())
                        .put("node", match.nodeId()).put("outcome", match.outcome().key()));
            }
            item.put("dedupKey", o.dedupKey());
        }
        return root;
    }

    private static void text(PrintWriter out, long total, List<Observation> found) {
        out.println(Figures.count(total, "observation") + (found.size() < total ? ", newest " + found.size() + " shown"
                : ""));
        for (Observation o : found) {
            String hit = o.tripwireId() == null ? "" : " " + o.tripwireId() + " -> " + o.nodeId();
            out.println(o.eventTime() + "  " + o.source().key() + "  " + o.outcome().key() + hit
                    + (o.reason() == null ? "" : " (" + o.reason() + ")"));
            out.println("    " + actor(o.actor().fields()) + (o.object() == null ? "" : " on " + o.object()));
        }
    }

    private static String actor(Map<String, Object> fields) {
        StringBuilder text = new StringBuilder();
        for (String key : List.of("user", "impersonatedUser", "sourceIPs", "node", "namespace", "pod", "binary",
                "arguments")) {
            Object value = fields.get(key);
            if (value != null) {
                text.append(text.length() == 0 ? "" : " ").append(key).append('=')
                        .append(value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                                : value);
            }
        }
        return text.length() == 0 ? "unknown actor" : text.toString();
    }
}
