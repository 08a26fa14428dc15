package io.stormcenter.workbench.sensor;

import java.time.Instant;

/**
 * One Kubernetes {@code Event}, from core/v1 or events.k8s.io/v1 (fields mapped onto one shape).
 *
 * @param message    core/v1 {@code message}, events.k8s.io/v1 {@code note}
 * @param time       the best time the event carries: {@code eventTime}, else the last, else the first timestamp,
 *                   else the creation time
 * @param count      how often it happened ({@code count} or {@code series.count}; 1 when absent)
 * @param reporter   the component that reported it ({@code reportingController}/{@code reportingComponent}/{@code source.component})
 */
public record KubernetesEvent(String apiVersion, String namespace, String name, String reason, String message,
                              String type, InvolvedObject involvedObject, Instant time, int count,
                              String reporter) implements SensorEvent {
}
