/**
 * The trip-wire catalogue and the compiler from a tree to a {@code HoneyclusterPlan}: Kubernetes objects, sensor rules, and the index that maps sensor events back to trip-wires and nodes. Imports {@code model}, {@code analysis} and {@code sensor}.
 */
package io.stormcenter.workbench.honeycluster;
