/**
 * The deployment record: what was deployed where (objects, namespace, context, seed) saved next
 * to the model, and the labels that mark a deployment's objects. Shared by {@code cluster}, which
 * writes it, and {@code telemetry} and {@code heat}, which read it. Imports {@code model},
 * {@code honeycluster} and {@code kube}.
 */
package io.stormcenter.workbench.deployment;
