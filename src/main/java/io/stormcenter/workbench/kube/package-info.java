/**
 * From a kubeconfig context to an open fabric8 client: kubeconfig files merged as kubectl does,
 * contexts, the session that names every failure in one line, and the redaction that keeps
 * credentials out of messages. Shared by {@code cluster} and {@code telemetry}; imports no other
 * workbench package.
 */
package io.stormcenter.workbench.kube;
