package io.stormcenter.workbench.telemetry.kafka;

import io.stormcenter.workbench.telemetry.SensorKind;

/**
 * A topic to consume, and the sensor whose events it carries, or null when the events are told
 * apart by their shape (a topic carrying several sensors).
 */
public record KafkaTopic(String name, SensorKind sensor) {

    public KafkaTopic {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a Kafka topic needs a name");
        }
    }

    /**
     * {@code tetragon} (sensor told by shape) or {@code tetragon=tetragon} / {@code ksc-falco=falco}
     * (the topic's sensor by its key).
     *
     * @throws IllegalArgumentException naming the expected sensor keys
     */
    public static KafkaTopic parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return new KafkaTopic(text.strip(), null);
        }
        return new KafkaTopic(text.substring(0, equals).strip(), SensorKind.fromKey(text.substring(equals + 1).strip()));
    }

    @Override
    public String toString() {
        return sensor == null ? name : name + "=" + sensor.key();
    }
}
