package io.stormcenter.workbench.ui.live;

import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.telemetry.CollectionTarget;
import io.stormcenter.workbench.telemetry.Collector;
import io.stormcenter.workbench.telemetry.EventSource;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.IngestionTotals;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.ObservationListener;
import io.stormcenter.workbench.telemetry.ReceiverSetup;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.StoreLocation;
import io.stormcenter.workbench.telemetry.cluster.ClusterStreams;
import io.stormcenter.workbench.telemetry.kafka.KafkaSettings;
import io.stormcenter.workbench.telemetry.kafka.KafkaSource;
import io.stormcenter.workbench.telemetry.kafka.KafkaTopic;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Live panel's collection, wired as {@code collect} wires it: the model's deployment as the
 * target, the default store beside the model, the cluster's streams through the deployment's context
 * and kubeconfig, the receiver with its files beside the model, Kafka with the deployment's group.
 */
public final class ModelCollection implements RunningCollection {

    private final String description;
    private final List<SourceStatus> initial;
    private final Collector collector;
    private final Ingestion ingestion;
    private final JdbcObservationStore store;
    private final List<AutoCloseable> opened;

    private ModelCollection(String description, List<SourceStatus> initial, Collector collector, Ingestion ingestion,
                            JdbcObservationStore store, List<AutoCloseable> opened) {
        this.description = description;
        this.initial = List.copyOf(initial);
        this.collector = collector;
        this.ingestion = ingestion;
        this.store = store;
        this.opened = opened;
    }

    /** Starts collecting; on any failure whatever was opened is closed again and the reason thrown. */
    public static RunningCollection start(LiveRequest request, ObservationListener observations,
                                   Consumer<SourceStatus> statuses) throws IOException {
        if (request.model() == null) {
            throw new IllegalArgumentException("save the model first: its observations are stored beside it");
        }
        if (!request.anySource()) {
            throw new IllegalArgumentException("choose a source: the cluster, the receiver or Kafka");
        }
        CollectionTarget target = CollectionTarget.of(request.model(), request.tree(), 1, List.of());
        List<AutoCloseable> opened = new ArrayList<>();
        List<EventSource> sources = new ArrayList<>();
        List<LiveSource> live = new ArrayList<>();
        List<SourceStatus> initial = new ArrayList<>();
        ReceiverSetup.PreparedReceiver receiver = null;
        JdbcObservationStore store = null;
        try {
            if (request.cluster()) {
                if (!target.deployed()) {
                    throw new IllegalArgumentException("the model has no deployment: deploy it first (Deploy panel), "
                            + "or collect from the receiver or Kafka");
                }
                KubeconfigLocation location = target.kubeconfig() != null
                        ? KubeconfigLocation.file(Path.of(target.kubeconfig())) : KubeconfigLocation.defaults();
                ClusterSession session = ClusterSession.open(Kubeconfig.load(location), target.context());
                opened.add(session);
                live.addAll(ClusterStreams.of(session, target.context(), target));
            }
            if (request.listen() != null) {
                receiver = ReceiverSetup.besideModel(request.model(), ReceiverSetup.address(request.listen()))
                        .prepare(new SecureRandom());
                sources.add(receiver.receiver());
            }
            if (request.kafka() != null) {
                if (request.topics().isEmpty()) {
                    throw new IllegalArgumentException("Kafka needs at least one topic");
                }
                List<KafkaTopic> topics = request.topics().stream().map(KafkaTopic::parse).toList();
                live.add(new KafkaSource(new KafkaSettings(request.kafka(), topics,
                        KafkaSettings.defaultGroup(target.deploymentId()), Map.of()), Clock.systemUTC()));
            }
            StoreLocation location = StoreLocation.besideModel(request.model());
            store = JdbcObservationStore.open(location);
            Ingestion ingestion = new Ingestion(store, target.index(), Clock.systemUTC(), observations);
            Collector collector = Collector.of(ingestion, sources, live, statuses);
            collector.start();
            if (receiver != null) {
                receiver.writeKubeconfig();
                initial.add(new SourceStatus("receiver", SourceStatus.State.RUNNING, receiver.url()
                        + ", webhook kubeconfig " + receiver.webhookKubeconfig().getFileName(), 0, 0, null));
            }
            initial.addAll(collector.statuses());
            return new ModelCollection("Matching against " + target.origin() + "; storing in " + location.describe(),
                    initial, collector, ingestion, store, opened);
        } catch (IOException | RuntimeException failure) {
            if (receiver != null) {
                receiver.receiver().close();
            }
            if (store != null) {
                store.close();
            }
            closeAll(opened);
            throw failure;
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<SourceStatus> initialStatuses() {
        return initial;
    }

    @Override
    public IngestionTotals.Snapshot totals() {
        return ingestion.totals();
    }

    @Override
    public StoreLocation store() {
        return store.location();
    }

    @Override
    public void stop() {
        collector.close();
        closeAll(opened);
        store.close();
    }

    private static void closeAll(List<AutoCloseable> opened) {
        for (AutoCloseable session : opened) {
            try {
                session.close();
            } catch (Exception ignored) {
                // a cluster session that does not close cleanly holds nothing the store needs
            }
        }
    }
}
