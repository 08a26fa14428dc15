/**
 * Sensor events as immutable values (Kubernetes audit events, Falco alerts, Tetragon events, Kubernetes Events, Kubescape runtime alerts) and the readers that parse them from the JSON the sensors write, in every shape seen in the field. Imports nothing of the workbench.
 */
package io.stormcenter.workbench.sensor;
