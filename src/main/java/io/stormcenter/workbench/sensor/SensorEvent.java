package io.stormcenter.workbench.sensor;

/** Any event a sensor reports; a closed set, so consumers switch over it with the compiler's help. */
public sealed interface SensorEvent permits AuditEvent, FalcoAlert, TetragonEvent, KubernetesEvent, KubescapeAlert {
}
