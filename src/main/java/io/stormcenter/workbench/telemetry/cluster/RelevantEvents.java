package io.stormcenter.workbench.telemetry.cluster;

import io.stormcenter.workbench.honeycluster.TripwireIndex;
import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.KubernetesEvent;
import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEvent;
import java.util.List;

/**
 * What of a cluster's sensor output the plan needs: events in the honey namespace, and events
 * elsewhere (a host process, another namespace) only when one of the plan's trip-wires takes
 * them. A busy cluster's Tetragon export is large; the rest is dropped before the store.
 */
public final class RelevantEvents {

    private final String namespace;
    private final TripwireIndex index;
    private final String quotedNamespace;
    private final List<Watch> watches;

    /**
     * A watched hook as a line shows it: the words its line must hold (a tracepoint's hook is
     * {@code subsys/event}, two fields), and the quoted namespaces one of which it must name, unless
     * the hook is watched anywhere (host processes too).
     */
    private record Watch(List<String> words, boolean anywhere, List<String> quotedNamespaces) {
    }

    public RelevantEvents(String namespace, TripwireIndex index) {
        this.namespace = namespace;
        this.index = index;
        this.quotedNamespace = "\"" + namespace + "\"";
        this.watches = index.tetragonWatches().stream().filter(watch -> !watch.hook().isEmpty())
                .map(watch -> new Watch(List.of(watch.hook().split("/")), watch.anywhere(),
                        watch.namespaces().stream().map(ns -> "\"" + ns + "\"").toList()))
                .toList();
    }

    /**
     * A cheap look at a line before it is parsed: false only when it can hold nothing the plan
     * needs. It must name the honey namespace, or carry a Falco or Kubescape rule, or be on a hook
     * the plan's Tetragon trip-wires watch (a reported function's name ends with its hook's) and
     * name a namespace they watch it in, unless they watch it anywhere. Most of a busy node's
     * Tetragon export is other namespaces' processes: passed over unparsed.
     */
    public boolean mayMatter(String line) {
        if (line.contains(quotedNamespace) || line.contains("\"rule\"") || line.contains("\"RuleID\"")) {
            return true;
        }
        for (Watch watch : watches) {
            if (holdsAll(line, watch.words()) && (watch.anywhere() || holdsAny(line, watch.quotedNamespaces()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(String line, List<String> words) {
        for (String word : words) {
            if (line.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAll(String line, List<String> words) {
        for (String word : words) {
            if (!line.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public boolean keep(SensorEvent event) {
        if (namespace.equals(namespaceOf(event))) {
            return true;
        }
        return !index.match(event).isEmpty();
    }

    private static String namespaceOf(SensorEvent event) {
        if (event instanceof TetragonEvent tetragon) {
            return tetragon.podNamespace();
        }
        if (event instanceof FalcoAlert falco) {
            return falco.namespace();
        }
        if (event instanceof KubescapeAlert kubescape) {
            return kubescape.namespace();
        }
        if (event instanceof KubernetesEvent k8s) {
            return k8s.namespace();
        }
        return event instanceof AuditEvent audit ? audit.objectRef().namespace() : null;
    }
}
