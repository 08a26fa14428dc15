/**
 * Talking to a Kubernetes cluster through fabric8: kubeconfig contexts, access checks, plan and dry run, server-side apply, status and teardown of a honeycluster. Imports {@code model}, {@code honeycluster} and {@code sensor}.
 */
package io.stormcenter.workbench.cluster;
