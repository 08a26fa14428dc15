package io.stormcenter.workbench.telemetry.cluster;

import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.telemetry.CollectionTarget;
import io.stormcenter.workbench.telemetry.LiveSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-click default of collecting: everything the cluster tells through its API server with
 * nothing but the kubeconfig. The logs of each sensor's container (Tetragon's export, Falco's JSON,
 * Kubescape's node-agent), kept to what the plan needs, from the deployment on; and the honey
 * namespace's Kubernetes Events.
 */
public final class ClusterStreams {

    private ClusterStreams() {
    }

    /** @param contextName the session's context, named in the sources' status lines */
    public static List<LiveSource> of(ClusterSession session, String contextName, CollectionTarget target) {
        RelevantEvents relevant = new RelevantEvents(target.namespace(), target.index());
        List<LiveSource> sources = new ArrayList<>();
        for (SensorContainer sensor : SensorContainer.defaults()) {
            sources.add(new PodLogSource(session.client(), contextName, sensor, relevant, target.since(),
                    session::reason));
        }
        sources.add(new EventsWatchSource(session.client(), contextName, target.namespace(), session::reason));
        return List.copyOf(sources);
    }
}
