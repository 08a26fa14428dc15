package io.stormcenter.workbench.heat;

import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.MalformedEventException;
import io.stormcenter.workbench.telemetry.Actor;
import io.stormcenter.workbench.telemetry.Observation;
import io.stormcenter.workbench.telemetry.Outcome;
import io.stormcenter.workbench.telemetry.SensorKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What sessions need to know of one observation: whether it may count at all, the benign
 * activity it stands for (the baseline's key), the values it holds that others may share, and
 * the values it looks for in others (a process names its parent's {@code exec_id}).
 *
 * @param platform whether the identity is one the rules exclude (the platform, the workbench)
 * @param holds    link values this observation has
 * @param seeks    link values this observation joins others by (the symmetric ones plus its parent)
 */
record ObservationFacts(boolean platform, String activity, List<LinkKey> holds, List<LinkKey> seeks) {

    /** Kubernetes puts these into {@code user.extra} of a request made with a bound service-account token. */
    static final String POD_NAME = "authentication.kubernetes.io/pod-name";
    static final String CREDENTIAL_ID = "authentication.kubernetes.io/credential-id";
    private static final String SERVICE_ACCOUNT = "system:serviceaccount:";
    /** Tetragon's and Falco's "no login uid" ((uid_t) -1). */
    private static final List<String> NO_LOGIN = List.of("4294967295", "-1");
    /** Identities many unrelated clients share: joining by them would join strangers. */
    private static final List<String> SHARED_IDENTITIES = List.of("system:anonymous", "system:unauthenticated");

    /**
     * @param withActivity whether to make the baseline's activity key (a string per observation: only
     *                     when there is a baseline to learn or to look it up in; null otherwise)
     */
    static ObservationFacts of(Observation observation, SessionRules rules, AuditEventReader reader,
                               boolean withActivity) {
        Actor actor = observation.actor();
        if (observation.outcome() == Outcome.EXCLUDED) {
            return new ObservationFacts(true, null, List.of(), List.of());
        }
        return switch (observation.source()) {
            case AUDIT -> audit(observation, actor, rules, reader, withActivity);
            case FALCO, TETRAGON, KUBESCAPE -> runtime(observation, actor, withActivity);
            case KUBERNETES_EVENT -> event(observation, actor, withActivity);
        };
    }

    private static ObservationFacts audit(Observation observation, Actor actor, SessionRules rules,
                                          AuditEventReader reader, boolean withActivity) {
        String user = actor.user();
        if (rules.excluded().excludes(user)) {
            return new ObservationFacts(true, null, List.of(), List.of());
        }
        List<LinkKey> keys = new ArrayList<>();
        String verb = "";
        AuditEvent event = parse(observation.raw(), reader);
        if (event != null) {
            verb = event.verb() == null ? "" : event.verb();
            String effective = event.effectiveUsername();
            if (effective != null && !effective.isEmpty() && !SHARED_IDENTITIES.contains(effective)) {
                keys.add(new LinkKey(LinkKind.IDENTITY, effective));
            }
            var extra = event.user().extra();
            first(extra.get(CREDENTIAL_ID)).ifPresent(id -> keys.add(new LinkKey(LinkKind.CREDENTIAL, id)));
            String namespace = serviceAccountNamespace(user);
            first(extra.get(POD_NAME)).filter(pod -> namespace != null)
                    .ifPresent(pod -> keys.add(new LinkKey(LinkKind.POD, namespace + "/" + pod)));
            podActedOn(event).ifPresent(pod -> keys.add(new LinkKey(LinkKind.POD, pod)));
        } else if (user != null && !user.isEmpty() && !SHARED_IDENTITIES.contains(user)) {
            keys.add(new LinkKey(LinkKind.IDENTITY, user));
        }
        for (String address : actor.sourceIps()) {
            if (!rules.shared(address) && AddressRange.literal(address) != null) {
                keys.add(new LinkKey(LinkKind.SOURCE_IP, address));
                break;
            }
        }
        String activity = withActivity ? "api|" + user + "|" + verb + "|" + observation.object() : null;
        return new ObservationFacts(false, activity, List.copyOf(keys), List.copyOf(keys));
    }

    /**
     * A runtime event links by its process's lineage always, but by its container and pod only when
     * it fired a trip-wire: the workload's own processes share the container with every attacker
     * who gets in, and would otherwise chain strangers together through the inactivity gap.
     */
    private static ObservationFacts runtime(Observation observation, Actor actor, boolean withActivity) {
        List<LinkKey> holds = new ArrayList<>();
        List<LinkKey> seeks = new ArrayList<>();
        if (present(actor.execId())) {
            holds.add(new LinkKey(LinkKind.LINEAGE, actor.execId()));
            seeks.add(new LinkKey(LinkKind.LINEAGE, actor.execId()));
            // a child that arrived before this process (events are not always delivered in order)
            seeks.add(new LinkKey(LinkKind.LINEAGE, actor.execId(), true));
        }
        if (present(actor.parentExecId())) {
            seeks.add(new LinkKey(LinkKind.LINEAGE, actor.parentExecId()));
            holds.add(new LinkKey(LinkKind.LINEAGE, actor.parentExecId(), true));
        }
        if (present(actor.auid()) && !NO_LOGIN.contains(actor.auid()) && present(actor.containerId())) {
            LinkKey login = new LinkKey(LinkKind.LOGIN, actor.auid() + " in container " + actor.containerId());
            holds.add(login);
            seeks.add(login);
        }
        if (observation.outcome().fired()) {
            if (present(actor.containerId())) {
                LinkKey container = new LinkKey(LinkKind.CONTAINER, actor.containerId());
                holds.add(container);
                seeks.add(container);
            }
            if (present(actor.namespace()) && present(actor.pod())) {
                LinkKey pod = new LinkKey(LinkKind.POD, actor.namespace() + "/" + actor.pod());
                holds.add(pod);
                seeks.add(pod);
            }
        }
        String activity = withActivity
                ? "proc|" + actor.containerId() + "|" + actor.binary() + "|" + actor.arguments() : null;
        return new ObservationFacts(false, activity, List.copyOf(holds), List.copyOf(seeks));
    }

    /**
     * The pod a request creates or opens a shell in: what then runs in it is the requester's
     * doing (the escape path's privileged pod, a {@code kubectl exec} into the bait).
     */
    private static java.util.Optional<String> podActedOn(AuditEvent event) {
        var ref = event.objectRef();
        if (!"pods".equals(ref.resource()) || !present(ref.namespace()) || !present(ref.name())) {
            return java.util.Optional.empty();
        }
        boolean creates = "create".equals(event.verb()) && !present(ref.subresource());
        boolean enters = "exec".equals(ref.subresource()) || "attach".equals(ref.subresource());
        return creates || enters ? java.util.Optional.of(ref.namespace() + "/" + ref.name()) : java.util.Optional.empty();
    }

    /** A Kubernetes Event about a pod that fired a trip-wire (Scheduled) belongs with that pod. */
    private static ObservationFacts event(Observation observation, Actor actor, boolean withActivity) {
        String object = observation.object();
        List<LinkKey> keys = observation.outcome().fired() && object != null && object.startsWith("Pod/")
                && object.indexOf('/', 4) > 0
                ? List.of(new LinkKey(LinkKind.POD, object.substring(4))) : List.of();
        return new ObservationFacts(false, withActivity
                ? "event|" + actor.user() + "|" + object + "|" + observation.tripwireId() : null, keys, keys);
    }

    private static AuditEvent parse(String raw, AuditEventReader reader) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return reader.read(raw);
        } catch (MalformedEventException e) {
            return null;
        }
    }

    private static String serviceAccountNamespace(String user) {
        if (user == null || !user.startsWith(SERVICE_ACCOUNT)) {
            return null;
        }
        String rest = user.substring(SERVICE_ACCOUNT.length());
        int colon = rest.indexOf(':');
        return colon <= 0 ? null : rest.substring(0, colon);
    }

    private static java.util.Optional<String> first(List<String> values) {
        return values == null ? java.util.Optional.empty()
                : values.stream().filter(ObservationFacts::present).findFirst();
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    static boolean isRuntime(SensorKind kind) {
        return kind == SensorKind.FALCO || kind == SensorKind.TETRAGON || kind == SensorKind.KUBESCAPE;
    }
}
