package io.stormcenter.workbench.telemetry.kafka;

import io.stormcenter.workbench.telemetry.BatchResult;
import io.stormcenter.workbench.telemetry.EventBatch;
import io.stormcenter.workbench.telemetry.EventSink;
import io.stormcenter.workbench.telemetry.EventTexts;
import io.stormcenter.workbench.telemetry.LiveSource;
import io.stormcenter.workbench.telemetry.ObservationStoreException;
import io.stormcenter.workbench.telemetry.RawEvent;
import io.stormcenter.workbench.telemetry.RejectedEvent;
import io.stormcenter.workbench.telemetry.SourceStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Consumes the topics with a consumer group. Each poll is one batch: it goes to the ingestion,
 * and its offsets are committed only when the ingestion returned, that is after the store
 * committed it. When the store fails, the batch stays uncommitted and is read again after a
 * pause, so nothing is lost; an event redelivered after a crash between store
 * and commit is recognised by its dedup key and adds nothing.
 */
public final class KafkaSource implements LiveSource {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final Function<Map<String, Object>, KafkaConsumer<byte[], byte[]>> consumers;
    private final Clock clock;
    private final EventTexts texts = new EventTexts();
    private final Map<String, KafkaTopic> topics;
    private volatile boolean stopping;
    private volatile KafkaConsumer<byte[], byte[]> current;

    public KafkaSource(KafkaSettings settings, Clock clock) {
        this(settings, clock, config -> new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
    }

    KafkaSource(KafkaSettings settings, Clock clock, Function<Map<String, Object>, KafkaConsumer<byte[], byte[]>> consumers) {
        this.settings = settings;
        this.clock = clock;
        this.consumers = consumers;
        this.topics = settings.topics().stream().collect(Collectors.toMap(KafkaTopic::name, t -> t, (a, b) -> b,
                LinkedHashMap::new));
    }

    @Override
    public String name() {
        return "kafka " + settings.bootstrap();
    }

    /** The consumer's configuration: manual commits, from the earliest offset for a new group. */
    Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(settings.client());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "ksc-workbench");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return config;
    }

    @Override
    public void run(EventSink sink, Consumer<SourceStatus> status) throws InterruptedException {
        String topicList = String.join(", ", topics.keySet());
        SourceStatus state = SourceStatus.connecting(name(), topicList);
        status.accept(state);
        Duration backoff = Duration.ofSeconds(1);
        while (!stopping) {
            try (KafkaConsumer<byte[], byte[]> consumer = consumers.apply(consumerConfig())) {
                current = consumer;
                if (stopping) {
                    break;
                }
                consumer.subscribe(List.copyOf(topics.keySet()));
                state = state.with(SourceStatus.State.RUNNING, topicList);
                status.accept(state);
                state = consume(consumer, sink, status, state);
                backoff = Duration.ofSeconds(1);
            } catch (WakeupException e) {
                break;
            } catch (KafkaException | ObservationStoreException e) {
                if (stopping) {
                    break;
                }
                state = state.with(SourceStatus.State.RETRYING, reason(e) + "; again in " + backoff.toSeconds() + " s");
                status.accept(state);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } finally {
                current = null;
            }
        }
    }

    /** Polls, ingests and commits until stopped; a store failure seeks back and leaves it to the caller to retry. */
    private SourceStatus consume(KafkaConsumer<byte[], byte[]> consumer, EventSink sink, Consumer<SourceStatus> status,
                                 SourceStatus state) {
        while (!stopping) {
            ConsumerRecords<byte[], byte[]> records;
            try {
                records = consumer.poll(POLL);
            } catch (WakeupException e) {
                return state;
            }
            if (records.isEmpty()) {
                continue;
            }
            List<RawEvent> events = new ArrayList<>(records.count());
            List<RejectedEvent> rejected = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                next.put(partition, new OffsetAndMetadata(record.offset() + 1));
                String position = record.topic() + "-" + record.partition() + "@" + record.offset();
                if (record.value() == null) {
                    rejected.add(new RejectedEvent(position, "an empty record (a tombstone)"));
                    continue;
                }
                KafkaTopic topic = topics.get(record.topic());
                texts.add(new String(record.value(), StandardCharsets.UTF_8), position,
                        topic == null ? null : topic.sensor(), events, rejected);
            }
            // A store failure propagates: the consumer is closed without committing, and the next one
            // resumes from the last committed offsets, this batch included.
            BatchResult result = sink.ingest(new EventBatch("kafka:" + String.join(",", topics.keySet()), events, rejected));
            try {
                consumer.commitSync(next);
            } catch (CommitFailedException e) {
                // the group rebalanced: the new owner gets these records again, and the dedup key makes them no-ops
                status.accept(state.with(SourceStatus.State.RUNNING, "rebalanced; a redelivery adds nothing"));
            } catch (WakeupException e) {
                // stopping during the commit: commit once more without being woken, so the batch in hand is acknowledged
                consumer.commitSync(next);
                return state.delivered(events.size(), result.malformed().size(), clock.instant());
            }
            state = state.delivered(events.size(), result.malformed().size(), clock.instant());
            status.accept(state);
        }
        return state;
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void stop() {
        stopping = true;
        KafkaConsumer<byte[], byte[]> consumer = current;
        if (consumer != null) {
            consumer.wakeup();
        }
    }
}
