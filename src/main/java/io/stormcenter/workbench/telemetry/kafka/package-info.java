/**
 * The Kafka source: the KSC pipeline's topics (Vector ships Tetragon, Falco, audit and Kubescape
 * events to Kafka or Redpanda) read by a consumer group, each poll handed to the ingestion and its
 * offsets committed only after the store committed it. May import the sensor readers and the
 * telemetry core; nothing above.
 */
package io.stormcenter.workbench.telemetry.kafka;
