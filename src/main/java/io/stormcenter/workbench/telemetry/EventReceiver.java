package io.stormcenter.workbench.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.EventAt;
import io.stormcenter.workbench.sensor.FalcoAlertReader;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.SensorEventReader;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTPS endpoint the cluster pushes to: {@code POST /v1/audit} (the API server's audit
 * webhook: an {@code EventList}), {@code /v1/falco} (falcosidekick's webhook or Falco's own
 * {@code http_output}: one alert, or several one per line), {@code /v1/tetragon} (JSON lines),
 * and {@code GET /healthz}. Posts need the bearer token (401 without it); a body over 16 MiB is
 * refused (413); a body with no readable JSON gets 400 and the reason. A 2xx answer is sent only
 * after the batch is committed, so a sender that sees anything else sends it again, and the
 * store's dedup keys make the second delivery a no-op; a store that cannot commit answers 503.
 * An event that is malformed inside an otherwise readable body is skipped and listed in the
 * answer, with 200: sending it again would not mend it.
 */
public final class EventReceiver implements EventSource {

    /** The largest body taken: an audit webhook batch is far smaller (its default is 400 events). */
    public static final int MAX_BODY = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 8;
    /** How much of a refused body is read and dropped before answering; beyond it the connection is cut. */
    private static final long DRAIN_LIMIT = 4L * MAX_BODY;
    /** How long a refused body is read and dropped at most, after the answer went out. */
    private static final long LINGER_MS = 2_000;

    private final InetSocketAddress listen;
    private final ReceiverKeys keys;
    private final BearerToken token;
    private HttpsServer server;
    private ExecutorService workers;
    private ScheduledExecutorService lingerTimer;
    private EventSink sink;

    public EventReceiver(InetSocketAddress listen, ReceiverKeys keys, BearerToken token) {
        this.listen = listen;
        this.keys = keys;
        this.token = token;
    }

    @Override
    public String name() {
        return "receiver";
    }

    @Override
    public synchronized void start(EventSink target) throws IOException {
        if (server != null) {
            throw new IllegalStateException("the receiver is already running");
        }
        this.sink = target;
        HttpsServer https = HttpsServer.create(listen, 256);
        https.setHttpsConfigurator(new HttpsConfigurator(keys.sslContext()));
        https.createContext("/healthz", this::health);
        https.createContext("/v1/audit", exchange -> events(exchange, SensorKind.AUDIT, new AuditEventReader()));
        https.createContext("/v1/falco", exchange -> events(exchange, SensorKind.FALCO, new FalcoAlertReader()));
        https.createContext("/v1/tetragon", exchange -> events(exchange, SensorKind.TETRAGON, new TetragonEventReader()));
        https.createContext("/", exchange -> answer(exchange, 404, message("no such endpoint: use /v1/audit, "
                + "/v1/falco, /v1/tetragon or /healthz")));
        workers = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "ksc-receiver");
            thread.setDaemon(true);
            return thread;
        });
        https.setExecutor(workers);
        lingerTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ksc-receiver-linger");
            thread.setDaemon(true);
            return thread;
        });
        https.start();
        server = https;
    }

    /** The address it listens on (with the port the system chose, when 0 was asked for). */
    public synchronized InetSocketAddress address() {
        if (server == null) {
            throw new IllegalStateException("the receiver is not running");
        }
        return server.getAddress();
    }

    private void health(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, message("use GET"));
            return;
        }
        answer(exchange, 200, message("ok"));
    }

    private <E extends SensorEvent> void events(HttpExchange exchange, SensorKind sensor,
                                                SensorEventReader<E> reader) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, message("use POST"));
                return;
            }
            if (!token.authorizes(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                answer(exchange, 401, message("a bearer token is needed"));
                return;
            }
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            if (declared != null && parseLength(declared) > MAX_BODY) {
                // refused on its declared length, before a byte of it is read
                answer(exchange, 413, message("the body is larger than " + MAX_BODY + " bytes"));
                return;
            }
            byte[] body = readCapped(exchange.getRequestBody());
            if (body == null) {
                refuseTooLarge(exchange);
                return;
            }
            ingest(exchange, sensor, reader, new String(body, StandardCharsets.UTF_8));
        }
    }

    private <E extends SensorEvent> void ingest(HttpExchange exchange, SensorKind sensor, SensorEventReader<E> reader,
                                                String body) throws IOException {
        var read = reader.readAll(body);
        String where = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        List<RejectedEvent> rejected = new ArrayList<>();
        read.skipped().forEach(m -> rejected.add(new RejectedEvent(where + " " + m.position(), m.problem())));
        if (read.events().isEmpty()) {
            answer(exchange, 400, message(rejected.isEmpty() ? "the body holds no " + sensor.key() + " event"
                    : rejected.get(0).describe()));
            return;
        }
        List<RawEvent> events = new ArrayList<>(read.events().size());
        for (EventAt<E> event : read.events()) {
            events.add(RawEvent.parsed(event.event(), event.json(), where + " " + event.position()));
        }
        BatchResult result;
        try {
            result = sink.ingest(new EventBatch(name(), events, rejected));
        } catch (ObservationStoreException e) {
            answer(exchange, 503, message("not stored, send again: " + e.getMessage()));
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("stored", result.stored());
        answer.put("known", result.known());
        ArrayNode skipped = answer.putArray("rejected");
        result.malformed().forEach(m -> skipped.add(m.describe()));
        answer(exchange, 200, answer.toString());
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body, or null when it is longer than the cap (a chunked body declares no length). */
    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? null : bytes;
    }

    /**
     * Answers 413 at once to a body that turned out too large while it was read (a chunked body
     * declares no length), then reads and drops what the sender still sends for a short while
     * before the connection is closed: a sender that is cut off mid-body may never read the answer.
     * The drop ends when the body ends, after {@link #DRAIN_LIMIT} bytes, or after {@link #LINGER_MS},
     * whichever comes first, so a sender that streams on forever cannot hold a worker.
     */
    private void refuseTooLarge(HttpExchange exchange) throws IOException {
        byte[] bytes = message("the body is larger than " + MAX_BODY + " bytes").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(413, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
        ScheduledFuture<?> cutOff = lingerTimer.schedule(exchange::close, LINGER_MS, TimeUnit.MILLISECONDS);
        try {
            InputStream rest = exchange.getRequestBody();
            byte[] drop = new byte[64 * 1024];
            long dropped = 0;
            int n;
            while (dropped < DRAIN_LIMIT && (n = rest.read(drop)) > 0) {
                dropped += n;
            }
        } catch (IOException closedByTheCutOff) {
            // the linger ended: the connection closes, the answer was sent before it
        } finally {
            cutOff.cancel(false);
        }
    }

    private static String message(String text) {
        return JSON.createObjectNode().put("message", text).toString();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops listening; requests in hand finish (their batches are committed and answered) first. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(2);
        workers.shutdown();
        lingerTimer.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
    }
}
