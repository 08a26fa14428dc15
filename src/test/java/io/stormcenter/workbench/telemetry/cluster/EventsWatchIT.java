package io.stormcenter.workbench.telemetry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.stormcenter.workbench.cluster.local.LocalKubeCluster;
import io.stormcenter.workbench.honeycluster.KubernetesEventMatcher;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.TripwireKind;
import io.stormcenter.workbench.telemetry.Ingestion;
import io.stormcenter.workbench.telemetry.JdbcObservationStore;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.ObservationQuery;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.SensorKind;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The honey namespace's Kubernetes Events from a real kube-apiserver 1.20, listed then watched.
 * The API server is started with {@code --min-request-timeout=2}, so it ends every watch after 2 to
 * 4 seconds, as a real server does after its timeout or a load balancer does at random: events
 * created across those ends must arrive, each once (fabric8 re-opens a watch the server ended from
 * the last resource version it saw). A second source on the same store (a restarted collector, which
 * lists again) adds only what happened while none ran. The second test forces the source's own path:
 * the server has forgotten the version to resume from (410 Gone), so it lists again.
 */
@Tag("integration")
class EventsWatchIT {

    private static final String NAMESPACE = "payments-events-it";
    private static final String OTHER = "other-team";

    @TempDir
    Path folder;

    @Test
    void events_across_ended_watches_and_a_restart_are_stored_once_each_and_matched() throws Exception {
        try (LocalKubeCluster cluster = LocalKubeCluster.start(List.of("--min-request-timeout=2"));
             ClusterSession session = admin(cluster);
             JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("o.db")))) {
            // given the honey namespace with an event from before collection began, another namespace, and a
            // trip-wire on the bait pod's back-off
            KubernetesClient client = session.client();
            createNamespaces(client);
            event(client, NAMESPACE, "ssh-proxy.0", "BackOff");
            event(client, OTHER, "other.0", "BackOff");
            TripwireIndex index = new TripwireIndex(List.of(new TripwireEntry("tw-backoff", "crash-bait",
                    TripwireKind.K8S_EVENT, new KubernetesEventMatcher("BackOff", "Pod", "ssh-*", NAMESPACE),
                    List.of(), 1.0)));
            Ingestion ingestion = new Ingestion(store, index, Clock.systemUTC());

            // when a source runs while 12 events are created over about 12 seconds (several watch ends)
            Running first = Running.start(new EventsWatchSource(client, "local", NAMESPACE, Throwable::getMessage),
                    ingestion);
            await("the earlier event is listed", () -> count(store) == 1);
            for (int i = 1; i <= 12; i++) {
                event(client, NAMESPACE, "ssh-proxy." + i, i % 3 == 0 ? "BackOff" : "Pulled");
                event(client, OTHER, "other." + i, "BackOff");
                Thread.sleep(1000);
            }
            await("every event is stored", () -> count(store) == 13);
            Thread.sleep(3000);
            first.stop();
            // and two more happen while no source runs, then a second source starts on the same store
            event(client, NAMESPACE, "ssh-proxy.13", "BackOff");
            event(client, NAMESPACE, "ssh-proxy.14", "Pulled");
            Running second = Running.start(new EventsWatchSource(client, "local", NAMESPACE, Throwable::getMessage),
                    ingestion);
            await("the events of the pause are stored", () -> count(store) == 15);
            Thread.sleep(3000);
            second.stop();

            // then nothing was lost or repeated across the ended watches and the restart
            assertThat(first.statuses).anyMatch(s -> s.state() == SourceStatus.State.RUNNING);
            List<Observation> stored = store.find(ObservationQuery.all());
            assertThat(stored).hasSize(15).allSatisfy(o -> {
                assertThat(o.source()).isEqualTo(SensorKind.KUBERNETES_EVENT);
                assertThat(o.actor().namespace()).isEqualTo(NAMESPACE);
                assertThat(o.object()).isEqualTo("Pod/" + NAMESPACE + "/ssh-proxy");
            });
            assertThat(stored.stream().map(Observation::dedupKey).distinct()).hasSize(15);
            // the back-offs (events 0, 3, 6, 9, 12 and 13) fire the trip-wire; the pulls are kept as context
            assertThat(stored.stream().filter(o -> o.outcome() == Outcome.COUNTED))
                    .hasSize(6).allSatisfy(o -> assertThat(o.tripwireId()).isEqualTo("tw-backoff"));
            assertThat(stored.stream().filter(o -> o.outcome() == Outcome.UNMATCHED)).hasSize(9);
        }
    }

    @Test
    void a_resume_the_server_has_forgotten_lists_again_and_loses_nothing() throws Exception {
        // watches ended every 2 to 4 s and served from etcd, which forgets old versions every second: a busy
        // cluster seen from a quiet namespace, whose last seen version is gone by the time its watch resumes
        try (LocalKubeCluster cluster = LocalKubeCluster.start(List.of("--min-request-timeout=2",
                "--watch-cache=false", "--etcd-compaction-interval=1s"));
             ClusterSession session = admin(cluster);
             JdbcObservationStore store = JdbcObservationStore.open(StoreLocation.file(folder.resolve("o.db")))) {
            // given a source watching the honey namespace, which has one event
            KubernetesClient client = session.client();
            createNamespaces(client);
            event(client, NAMESPACE, "ssh-proxy.0", "BackOff");
            Ingestion ingestion = new Ingestion(store, new TripwireIndex(List.of()), Clock.systemUTC());
            Running source = Running.start(new EventsWatchSource(client, "local", NAMESPACE, Throwable::getMessage),
                    ingestion);
            await("the first event is listed", () -> count(store) == 1);

            // when another namespace makes 60 events, so the version the source last saw leaves the server's
            // cache before its watch is resumed, and the honey namespace then has two more
            for (int i = 1; i <= 60; i++) {
                event(client, OTHER, "other." + i, "BackOff");
            }
            try {
                await("the resume is refused", () -> source.statuses.stream().anyMatch(s ->
                        s.state() == SourceStatus.State.RETRYING && s.detail().contains("too old")));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; statuses " + source.statuses, e);
            }
            event(client, NAMESPACE, "ssh-proxy.1", "BackOff");
            event(client, NAMESPACE, "ssh-proxy.2", "Pulled");
            await("the later events are stored", () -> count(store) == 3);
            Thread.sleep(3000);
            source.stop();

            // then the source listed again and stored every honey event once, none of the other namespace
            List<Observation> stored = store.find(ObservationQuery.all());
            assertThat(stored).hasSize(3).allSatisfy(o -> assertThat(o.actor().namespace()).isEqualTo(NAMESPACE));
            assertThat(stored.stream().map(Observation::dedupKey).distinct()).hasSize(3);
        }
    }

    private static ClusterSession admin(LocalKubeCluster cluster) {
        return ClusterSession.open(Kubeconfig.load(KubeconfigLocation.file(cluster.kubeconfig())),
                LocalKubeCluster.ADMIN_CONTEXT);
    }

    /** The honey namespace and another team's, whose events must stay out. */
    private static void createNamespaces(KubernetesClient client) {
        for (String namespace : List.of(NAMESPACE, OTHER)) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                    .endMetadata().build()).create();
        }
    }

    private static long count(JdbcObservationStore store) {
        return store.count(ObservationQuery.all());
    }

    private static void event(KubernetesClient client, String namespace, String name, String reason) {
        client.v1().events().inNamespace(namespace).resource(new EventBuilder().withNewMetadata().withName(name)
                .withNamespace(namespace).endMetadata().withReason(reason).withType("Warning")
                .withMessage("Back-off restarting failed container").withNewInvolvedObject().withKind("Pod")
                .withName("ssh-proxy").withNamespace(namespace).endInvolvedObject()
                .withFirstTimestamp(Instant.now().toString()).withLastTimestamp(Instant.now().toString())
                .withCount(1).withNewSource().withComponent("kubelet").endSource().build()).create();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    /** A source running on its own thread, with what it reported. */
    private record Running(EventsWatchSource source, Thread thread, List<SourceStatus> statuses) {

        static Running start(EventsWatchSource source, Ingestion ingestion) {
            List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
            Thread thread = new Thread(() -> {
                try {
                    source.run(ingestion, statuses::add);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "events-watch");
            thread.start();
            return new Running(source, thread, statuses);
        }

        void stop() throws InterruptedException {
            source.stop();
            thread.join(15_000);
            assertThat(thread.isAlive()).as("the source stopped").isFalse();
        }
    }
}
