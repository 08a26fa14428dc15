package io.stormcenter.workbench.sensor;

/** The object a Kubernetes Event is about: core/v1 {@code involvedObject}, events.k8s.io/v1 {@code regarding}. */
public record InvolvedObject(String kind, String namespace, String name, String uid, String apiVersion,
                             String fieldPath) {
}
