/**
 * The Deploy dialog's view model: kubeconfig contexts, the plan with its dry run, deploy progress,
 * status and teardown, and the deployment state the status bar shows. Cluster calls run on a
 * background executor and come back on the FX executor. Imports {@code cluster} and {@code honeycluster}.
 */
package io.stormcenter.workbench.ui.deploy;
