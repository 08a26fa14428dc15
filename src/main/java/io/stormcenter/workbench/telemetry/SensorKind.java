package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.AuditEventReader;
import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.FalcoAlertReader;
import io.stormcenter.workbench.sensor.KubernetesEvent;
import io.stormcenter.workbench.sensor.KubernetesEventReader;
import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.KubescapeAlertReader;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.sensor.TetragonEventReader;
import java.util.Arrays;

/**
 * Which sensor wrote an event, and so which reader parses it. The key is what the store, the
 * CLI and the JSON output call the observation's source.
 */
public enum SensorKind {
    AUDIT("audit"),
    FALCO("falco"),
    TETRAGON("tetragon"),
    KUBERNETES_EVENT("k8s-event"),
    KUBESCAPE("kubescape");

    private final String key;

    SensorKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static SensorKind fromKey(String key) {
        for (SensorKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown source '" + key + "' (expected one of "
                + Arrays.stream(values()).map(SensorKind::key).toList() + ")");
    }

    /** The sensor that writes events of this kind. */
    public static SensorKind of(SensorEvent event) {
        if (event instanceof AuditEvent) {
            return AUDIT;
        }
        if (event instanceof FalcoAlert) {
            return FALCO;
        }
        if (event instanceof TetragonEvent) {
            return TETRAGON;
        }
        if (event instanceof KubernetesEvent) {
            return KUBERNETES_EVENT;
        }
        if (event instanceof KubescapeAlert) {
            return KUBESCAPE;
        }
        throw new IllegalArgumentException("no sensor kind for " + event.getClass().getSimpleName());
    }

    /**
     * Parses the JSON text of one event of this sensor.
     *
     * @throws io.stormcenter.workbench.sensor.MalformedEventException when it is not such an event
     */
    SensorEvent parse(String json, Readers readers) {
        return parse(json, null, readers);
    }

    /**
     * As {@link #parse(String, Readers)}, with the text's UTF-8 at hand ({@code getBytes(UTF_8)}, or
     * null): Tetragon's reader, the one that reads a busy node's every event, parses those bytes.
     */
    SensorEvent parse(String json, byte[] utf8, Readers readers) {
        return switch (this) {
            case AUDIT -> readers.audit.read(json);
            case FALCO -> readers.falco.read(json);
            case TETRAGON -> readers.tetragon.read(json, utf8);
            case KUBERNETES_EVENT -> readers.kubernetes.read(json);
            case KUBESCAPE -> readers.kubescape.read(json);
        };
    }

    /** One reader per sensor; readers are stateless, so one set serves every thread. */
    static final class Readers {
        final AuditEventReader audit = new AuditEventReader();
        final FalcoAlertReader falco = new FalcoAlertReader();
        final TetragonEventReader tetragon = new TetragonEventReader();
        final KubernetesEventReader kubernetes = new KubernetesEventReader();
        final KubescapeAlertReader kubescape = new KubescapeAlertReader();
    }
}
