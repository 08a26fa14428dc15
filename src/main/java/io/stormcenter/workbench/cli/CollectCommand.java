package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.telemetry.CollectionTarget;
import io.stormcenter.workbench.telemetry.Collector;
import io.stormcenter.workbench.telemetry.EventSource;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.LiveSourceRunner;
import io.stormcenter.workbench.telemetry.ReceiverSetup;
import io.stormcenter.workbench.telemetry.StatusLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ksc collect MODEL}: runs sources into the observation store until stopped. Ctrl+C (or
 * SIGTERM) stops the sources, each finishing the batch in hand, then closes the store.
 */
@Command(name = "collect", sortOptions = false,
        description = "Collects sensor events into the observation store until stopped (Ctrl+C finishes the batch "
                + "in hand), matched against the model's deployment; prints a status line every few seconds: "
                + "events/s, totals per source, matched, rejected.")
final class CollectCommand implements Callable<Integer> {

    private final ModelFiles models;

    CollectCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file.")
    private Path model;

    @Mixin
    private StoreOption store = new StoreOption();

    @Mixin
    private ReceiverOptions receiverOptions = new ReceiverOptions();

    @Mixin
    private StreamOptions streams = new StreamOptions();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The plan's seed when the model has no deployment (default: ${DEFAULT-VALUE}, as generate).")
    private long seed;

    @Option(names = "--workbench-identity", paramLabel = "USER",
            description = "An API user the workbench acts as (deploy, status; name or glob): its requests never count. "
                    + "Repeatable.")
    private List<String> workbenchIdentities = new ArrayList<>();

    @Option(names = "--status-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between status lines (default: ${DEFAULT-VALUE}).")
    private int statusEvery;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (statusEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status-every: at least 1 second");
        }
        if (!receiverOptions.requested() && !streams.requested()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a source to collect from: "
                    + "--cluster (the sensors through the API server), --listen HOST:PORT (the HTTPS receiver), "
                    + "--kafka BOOTSTRAP --topic T");
        }
        ReadResult read = models.read(model);
        CollectionTarget matchers = ObservationMatchers.target(model, read.tree(), seed, workbenchIdentities);
        ReceiverSetup.PreparedReceiver receiver = receiverOptions.requested() ? receiverOptions.prepare(model) : null;
        List<EventSource> sources = new ArrayList<>();
        if (receiver != null) {
            sources.add(receiver.receiver());
        }
        List<AutoCloseable> opened = new ArrayList<>();
        for (LiveSource live : streams.sources(matchers, opened)) {
            sources.add(new LiveSourceRunner(live, null));
        }
        JdbcObservationStore observations = store.open(model);
        Ingestion ingestion = new Ingestion(observations, matchers.index(), Clock.systemUTC());
        Collector collector = new Collector(ingestion, sources);
        try {
            collector.start();
        } catch (IOException | RuntimeException e) {
            observations.close();
            throw new CommandFailure("cannot start collecting: " + e.getMessage());
        }
        out.println("Matching against " + matchers.origin() + "; storing in " + store.location(model).describe());
        if (receiver != null) {
            ReceiverOptions.writeKubeconfig(receiver);
            out.println("Receiving on " + receiver.url() + " (audit webhook kubeconfig: " + receiver.webhookKubeconfig()
                    + ")");
        }
        collector.statuses().forEach(s -> out.println("Streaming from " + s.source()));
        out.flush();
        return runUntilStopped(collector, ingestion, observations, out, opened);
    }

    /** Prints status lines until the process is asked to stop; the stop itself runs in the shutdown hook. */
    private int runUntilStopped(Collector collector, Ingestion ingestion, JdbcObservationStore observations,
                                PrintWriter out,
                                List<AutoCloseable> opened) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            stopping.set(true);
            collector.close();
            for (AutoCloseable session : opened) {
                try {
                    session.close();
                } catch (Exception ignored) {
                    // the process ends: a session that does not close cleanly holds nothing to keep
                }
            }
            IngestionTotals.Snapshot last = ingestion.totals();
            observations.close();
            out.println("Stopped: " + last.read() + " events, " + last.stored() + " stored, " + last.matched()
                    + " matched, " + last.rejected() + " rejected");
            out.flush();
            stopped.countDown();
        }, "ksc-collect-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        IngestionTotals.Snapshot earlier = ingestion.totals();
        while (!stopped.await(statusEvery, TimeUnit.SECONDS)) {
            if (stopping.get()) {
                continue;
            }
            IngestionTotals.Snapshot now = ingestion.totals();
            out.println(StatusLine.of(earlier, now));
            collector.statuses().forEach(s -> out.println("  " + s.line()));
            out.flush();
            earlier = now;
        }
        return 0;
    }
}
