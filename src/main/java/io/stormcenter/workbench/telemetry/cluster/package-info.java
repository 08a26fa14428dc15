/**
 * The cluster source, the one-click default that needs nothing but the kubeconfig: the logs of the
 * sensors' containers (Tetragon's {@code export-stdout}, Falco, Kubescape's node-agent) streamed
 * through the API server, and a watch of the honey namespace's Kubernetes Events; each resumes after
 * a disconnect from the last event it acknowledged. Keeps only what the plan needs. Uses a fabric8
 * client handed in; may import the sensor readers, the honeycluster index and the telemetry core.
 */
package io.stormcenter.workbench.telemetry.cluster;
