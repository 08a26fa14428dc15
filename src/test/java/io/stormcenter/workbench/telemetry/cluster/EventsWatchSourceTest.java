package io.stormcenter.workbench.telemetry.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.SourceStatus;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.SensorKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The honey namespace's Kubernetes Events, listed then watched, on fabric8's mock server in CRUD mode. */
@EnableKubernetesMockClient(crud = true)
class EventsWatchSourceTest {

    private static final String NS = "payments-7f3a";

    KubernetesClient client;

    private void event(String namespace, String name, String reason) {
        try {
            create(namespace, name, reason);
        } catch (KubernetesClientException e) {
            // a slow machine's client may retry a create that had arrived: the event is there, which is what counts
            if (e.getCode() != 409) {
                throw e;
            }
        }
    }

    private void create(String namespace, String name, String reason) {
        client.v1().events().inNamespace(namespace).resource(new EventBuilder().withNewMetadata().withName(name)
                .withNamespace(namespace).endMetadata().withReason(reason).withType("Warning")
                .withMessage("Back-off restarting failed container").withNewInvolvedObject().withKind("Pod")
                .withName("ssh-proxy").withNamespace(namespace).endInvolvedObject()
                .withLastTimestamp("2026-11-20T09:18:03Z").withCount(1).build()).create();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void events_from_before_the_start_and_after_it_arrive_once_and_other_namespaces_stay_out() throws Exception {
        // given an event that happened before collection began, and one in another namespace
        event(NS, "ssh-proxy.1", "BackOff");
        event("default", "other.1", "BackOff");
        List<RawEvent> stored = new CopyOnWriteArrayList<>();
        Set<String> names = ConcurrentHashMap.newKeySet();
        EventSink sink = batch -> {
            stored.addAll(batch.events());
            batch.events().forEach(e -> names.add(e.position()));
            return new BatchResult(batch.events().size(), batch.events().size(), 0, 0, List.of());
        };
        EventsWatchSource source = new EventsWatchSource(client, "kind-honey", NS, Throwable::getMessage);
        Thread thread = new Thread(() -> {
            try {
                source.run(sink, s -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // when the source lists and then watches, and two more events happen
        thread.start();
        await("the earlier event is listed", () -> stored.size() == 1);
        event(NS, "ssh-proxy.2", "Killing");
        event(NS, "ssh-proxy.3", "Started");
        await("the later ones are watched", () -> stored.size() == 3);
        Thread.sleep(500);
        source.stop();
        thread.join(10_000);

        // then each of the namespace's events is stored once, as a Kubernetes Event, and nothing else
        assertThat(stored).hasSize(3).allSatisfy(e -> {
            assertThat(e.sensor()).isEqualTo(SensorKind.KUBERNETES_EVENT);
            assertThat(e.json()).contains("\"namespace\":\"" + NS + "\"");
        });
        assertThat(names).hasSize(3).allSatisfy(n -> assertThat(n).startsWith("Event " + NS + "/ssh-proxy."));
        assertThat(thread.isAlive()).isFalse();
    }

    @Test
    void stop_ends_a_pause_between_retries_at_once_instead_of_waiting_it_out() throws Exception {
        // given a store that refuses every batch, so that the source retries, waiting longer each time
        event(NS, "ssh-proxy.1", "BackOff");
        EventSink refusing = batch -> {
            throw new ObservationStoreException("the disk is full");
        };
        List<SourceStatus> statuses = new CopyOnWriteArrayList<>();
        EventsWatchSource source = new EventsWatchSource(client, "kind-honey", NS, Throwable::getMessage);
        Thread thread = new Thread(() -> {
            try {
                source.run(refusing, statuses::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        await("the source waits 4 s before its third retry", () -> statuses.stream()
                .anyMatch(s -> s.detail().endsWith("again in 4 s")));

        // when the user stops it during that pause
        long stopping = System.nanoTime();
        source.stop();
        thread.join(10_000);

        // then it ends well before the pause would have (4 s), having said why it retried
        assertThat(thread.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofMillis(2_000));
        assertThat(statuses).anySatisfy(s -> assertThat(s.detail()).startsWith("the disk is full; again in 1 s"));
    }
}
