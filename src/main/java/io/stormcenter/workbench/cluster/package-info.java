/**
 * Deploying a honeycluster through fabric8: access checks, plan and dry run, server-side apply,
 * status and teardown. Imports {@code model}, {@code honeycluster}, {@code sensor}, {@code kube}
 * (the session) and {@code deployment} (the record).
 */
package io.stormcenter.workbench.cluster;
