package io.stormcenter.workbench.honeycluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Exec, attach and port-forward arrive under two verbs: kubectl's SPDY client POSTs them
 * ({@code create}), its WebSocket client (the default from kubectl 1.30) GETs them ({@code get}).
 * A trip-wire on either verb takes both, so the same act is counted whatever the protocol.
 */
final class StreamingVerbs {

    private static final Set<String> STREAMING = Set.of("exec", "attach", "portforward");

    private StreamingVerbs() {
    }

    static List<String> bothProtocols(String subresource, List<String> verbs) {
        if (subresource == null || !STREAMING.contains(subresource) || verbs.contains("*")
                || !(verbs.contains("create") || verbs.contains("get"))) {
            return verbs;
        }
        List<String> out = new ArrayList<>(verbs);
        for (String verb : List.of("create", "get")) {
            if (!out.contains(verb)) {
                out.add(verb);
            }
        }
        return List.copyOf(out);
    }
}
