package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.telemetry.Collector;
import io.stormcenter.workbench.telemetry.EventSource;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
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
@Command(name = "collect",
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

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The plan's seed when the model has no deployment (default: ${DEFAULT-VALUE}, as generate).")
    private long seed;

    @Option(names = "--status-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between status lines (default: ${DEFAULT-VALUE}).")
    private int statusEvery;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (statusEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status-every: at least 1 second");
        }
        if (!receiverOptions.requested()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "name a source to collect from: --listen HOST:PORT (the HTTPS receiver)");
        }
        ReadResult read = models.read(model);
        DeployedMatchers.Matchers matchers = DeployedMatchers.of(model, read.tree(), seed);
        ReceiverOptions.Prepared receiver = receiverOptions.prepare(model);
        List<EventSource> sources = new ArrayList<>();
        sources.add(receiver.receiver());
        JdbcObservationStore observations = store.open(model);
        Collector collector = new Collector(new Ingestion(observations, matchers.index(), Clock.systemUTC()), sources);
        try {
            collector.start();
        } catch (IOException | RuntimeException e) {
            observations.close();
            throw new CommandFailure("cannot start collecting: " + e.getMessage());
        }
        receiver.writeKubeconfig();
        out.println("Matching against " + matchers.origin() + "; storing in " + store.location(model).describe());
        out.println("Receiving on " + receiver.url() + " (audit webhook kubeconfig: " + receiver.webhookKubeconfig()
                + ")");
        out.flush();
        return runUntilStopped(collector, observations, out);
    }

    /** Prints status lines until the process is asked to stop; the stop itself runs in the shutdown hook. */
    private int runUntilStopped(Collector collector, JdbcObservationStore observations, PrintWriter out)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            stopping.set(true);
            collector.close();
            IngestionTotals.Snapshot last = collector.totals();
            observations.close();
            out.println("Stopped: " + last.read() + " events, " + last.stored() + " stored, " + last.matched()
                    + " matched, " + last.rejected() + " rejected");
            out.flush();
            stopped.countDown();
        }, "ksc-collect-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        IngestionTotals.Snapshot earlier = collector.totals();
        while (!stopped.await(statusEvery, TimeUnit.SECONDS)) {
            if (stopping.get()) {
                continue;
            }
            IngestionTotals.Snapshot now = collector.totals();
            out.println(StatusLine.of(earlier, now));
            out.flush();
            earlier = now;
        }
        return 0;
    }
}
