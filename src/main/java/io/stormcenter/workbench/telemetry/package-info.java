/**
 * Sensor events in, durably: the sources (file replay, the HTTPS receiver; cluster streams and
 * Kafka plug in the same way), the one ingestion path they all feed (parse, match against the plan
 * as deployed, store, then acknowledge), {@code Observation} and the JDBC observation store
 * (SQLite by default, PostgreSQL by URL). Imports {@code model}, {@code sensor}, {@code format} (atomic file writes), {@code honeycluster},
 * {@code deployment} and {@code kube}; never {@code cluster} or the window.
 */
package io.stormcenter.workbench.telemetry;
