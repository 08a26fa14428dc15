package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * Writes out the default {@code protocol: TCP} of every port that omits it. Server-side apply in
 * Kubernetes before 1.21 rejects such ports ("associative list with keys has an element that
 * omits key field protocol"; verified against kube-apiserver 1.20.2): ports are a list keyed by
 * port and protocol, and the default was not applied before the key check. Saying TCP changes
 * nothing else: it is what the server would default to.
 */
final class PortProtocols {

    private PortProtocols() {
    }

    static void fill(GenericKubernetesResource object) {
        Object spec = object.getAdditionalProperties().get("spec");
        if (!(spec instanceof Map<?, ?> specMap)) {
            return;
        }
        if ("Service".equals(object.getKind())) {
            fillPorts(specMap.get("ports"));
            return;
        }
        Object podSpec = specMap;
        if (specMap.get("template") instanceof Map<?, ?> template) {
            podSpec = template.get("spec");
        }
        if (specMap.get("jobTemplate") instanceof Map<?, ?> jobTemplate
                && jobTemplate.get("spec") instanceof Map<?, ?> jobSpec
                && jobSpec.get("template") instanceof Map<?, ?> template) {
            podSpec = template.get("spec");
        }
        if (podSpec instanceof Map<?, ?> pod) {
            for (String list : List.of("containers", "initContainers")) {
                if (pod.get(list) instanceof List<?> containers) {
                    for (Object container : containers) {
                        if (container instanceof Map<?, ?> map) {
                            fillPorts(map.get("ports"));
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void fillPorts(Object ports) {
        if (ports instanceof List<?> list) {
            for (Object port : list) {
                if (port instanceof Map<?, ?> map) {
                    ((Map<String, Object>) map).putIfAbsent("protocol", "TCP");
                }
            }
        }
    }
}
