/**
 * Sources of sensor events (HTTPS receiver, file replay, Kafka, Kubernetes Events watch), observations and their store. Imports {@code model}, {@code sensor} and {@code honeycluster}.
 */
package io.stormcenter.workbench.telemetry;
