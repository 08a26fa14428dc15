package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.sensor.AuditEvent;
import io.stormcenter.workbench.sensor.AuditObjectRef;
import io.stormcenter.workbench.sensor.FalcoAlert;
import io.stormcenter.workbench.sensor.KubernetesEvent;
import io.stormcenter.workbench.sensor.KubescapeAlert;
import io.stormcenter.workbench.sensor.SensorEvent;
import io.stormcenter.workbench.sensor.TetragonArg;
import io.stormcenter.workbench.sensor.TetragonEvent;
import io.stormcenter.workbench.sensor.TetragonProcess;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns a parsed sensor event into an {@link Observation}: its time, actor, object and dedup key.
 *
 * <p>The dedup key is what the sensor itself uses to name an event where it has one (the audit
 * id and stage: the webhook and the log backend write the same pair), else a digest of the
 * fields that tell two events apart, never of the raw text alone: the KSC/Vector pipeline
 * re-wraps Tetragon events, and falcosidekick adds a {@code uuid} that Falco's own output lacks,
 * yet each is the same event. A digest key starts with the event's own time in fixed-width hex
 * ({@link #timedKey}): the store's unique index on the key then grows at its end, as the time
 * index does, instead of at a random page per event, which made every commit of a sustained
 * stream write most of that index again.
 */
final class EventNormaliser {

    private static final HexFormat HEX = HexFormat.of();

    Observation observe(SensorKind kind, SensorEvent event, String raw, String origin, Instant received,
                        List<TripwireMatch> matches) {
        if (event instanceof AuditEvent audit) {
            return new Observation(orElse(audit.stageTimestamp(), orElse(audit.requestReceivedTimestamp(), received)),
                    received, kind, origin, actor(audit), object(audit), matches,
                    "audit:" + audit.auditId() + ":" + audit.stage(), raw);
        }
        if (event instanceof FalcoAlert alert) {
            return new Observation(orElse(alert.time(), received), received, kind, origin, actor(alert),
                    object(alert), matches, timedKey("falco", alert.time(), digest(nanosText(alert.time()),
                    alert.rule(), alert.hostname(), alert.output())), raw);
        }
        if (event instanceof TetragonEvent tetragon) {
            return new Observation(orElse(tetragon.time(), received), received, kind, origin, actor(tetragon),
                    object(tetragon), matches, tetragonKey(tetragon), raw);
        }
        if (event instanceof KubescapeAlert alert) {
            return new Observation(orElse(alert.time(), received), received, kind, origin, actor(alert),
                    orElse(alert.path(), alert.executable()), matches, timedKey("kubescape", alert.time(), kubescapeKey(alert)),
                    raw);
        }
        KubernetesEvent k8s = (KubernetesEvent) event;
        return new Observation(orElse(k8s.time(), received), received, kind, origin, actor(k8s), object(k8s),
                matches, timedKey("k8s-event", k8s.time(), digest(k8s.namespace(), k8s.name(), k8s.reason(),
                String.valueOf(k8s.count()), nanosText(k8s.time()))), raw);
    }

    /** When the sensor saw the event, or null when it does not say. */
    static Instant timeOf(SensorEvent event) {
        if (event instanceof AuditEvent audit) {
            return orElse(audit.stageTimestamp(), audit.requestReceivedTimestamp());
        }
        if (event instanceof FalcoAlert alert) {
            return alert.time();
        }
        if (event instanceof TetragonEvent tetragon) {
            return tetragon.time();
        }
        if (event instanceof KubescapeAlert alert) {
            return alert.time();
        }
        return event instanceof KubernetesEvent k8s ? k8s.time() : null;
    }

    private static Actor actor(KubescapeAlert alert) {
        var process = alert.process();
        return new Actor(process == null || process.uid() == null ? null : "uid " + process.uid(), List.of(), null,
                List.of(), null, alert.nodeName(), alert.namespace(), alert.podName(), alert.containerId(),
                alert.executable(), process == null ? null : process.cmdline(), null, null, null);
    }

    /** The node-agent names an alert by rule, container, time and process; the arguments tell two apart. */
    private static String kubescapeKey(KubescapeAlert alert) {
        var process = alert.process();
        return digest(alert.ruleId(), alert.containerId(), nanosText(alert.time()),
                process == null ? null : String.valueOf(process.pid()), String.valueOf(alert.arguments()));
    }

    private static Actor actor(AuditEvent audit) {
        String impersonated = audit.impersonatedUser() == null ? null : audit.impersonatedUser().username();
        return new Actor(audit.user().username(), audit.user().groups(), impersonated, audit.sourceIps(),
                audit.userAgent(), null, null, null, null, null, null, null, null, null);
    }

    /** {@code resource[/subresource]} with namespace and name, as the request addressed it; else its path. */
    private static String object(AuditEvent audit) {
        AuditObjectRef ref = audit.objectRef();
        if (ref.resource() == null) {
            String uri = audit.requestUri();
            // the query may carry parameters nobody should read back from a store (a watch's continue token)
            return uri == null ? null : uri.split("\\?", 2)[0];
        }
        StringBuilder out = new StringBuilder(ref.resource());
        if (ref.namespace() != null && !ref.namespace().isEmpty()) {
            out.append('/').append(ref.namespace());
        }
        if (ref.name() != null && !ref.name().isEmpty()) {
            out.append('/').append(ref.name());
        }
        if (ref.subresource() != null && !ref.subresource().isEmpty()) {
            out.append('/').append(ref.subresource());
        }
        return out.toString();
    }

    private static Actor actor(FalcoAlert alert) {
        return new Actor(alert.field("user.name"), List.of(), null, List.of(), null, alert.hostname(),
                alert.namespace(), alert.podName(), alert.field("container.id"),
                orElse(alert.field("proc.exepath"), alert.field("proc.name")), alert.field("proc.cmdline"),
                null, null, alert.field("user.loginuid"));
    }

    private static String object(FalcoAlert alert) {
        for (String field : List.of("fd.name", "fs.path.name", "fs.path.target", "ka.target.resource")) {
            String value = alert.field(field);
            if (value != null && !value.isEmpty() && !"<NA>".equals(value)) {
                return value;
            }
        }
        return null;
    }

    private static Actor actor(TetragonEvent event) {
        TetragonProcess process = event.process();
        if (process == null) {
            return new Actor(null, List.of(), null, List.of(), null, event.nodeName(), null, null, null, null,
                    null, null, null, null);
        }
        var pod = process.pod();
        return new Actor(null, List.of(), null, List.of(), null, event.nodeName(),
                pod == null ? null : pod.namespace(), pod == null ? null : pod.name(),
                pod == null ? null : pod.containerId(), process.binary(), process.arguments(), process.execId(),
                process.parentExecId(), process.auid());
    }

    /** The first file path or destination address among the arguments. */
    private static String object(TetragonEvent event) {
        for (TetragonArg arg : event.args()) {
            if (arg.path() != null) {
                return arg.path();
            }
            if (arg.destinationAddress() != null) {
                return arg.destinationAddress();
            }
        }
        return null;
    }

    /** {@code tetragon:time:digest}, as {@link #timedKey} words it. */
    private static String tetragonKey(TetragonEvent event) {
        TetragonProcess process = event.process();
        ObservationDetails.Packer parts = KeyScratch.emptyParts();
        part(parts, event.type());
        part(parts, event.nodeName());
        timePart(parts, event.time());
        part(parts, process == null ? null : process.execId());
        part(parts, event.functionName());
        part(parts, event.policyName());
        part(parts, event.action());
        for (TetragonArg arg : event.args()) {
            part(parts, arg.type());
            part(parts, arg.value());
        }
        return timedKey("tetragon", event.time(), parts);
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /**
     * {@link #timedKey} of the parts' digest, written in one piece into the thread's buffer: a
     * Tetragon key is made for every event of a busy node, and the pieces' strings (the digest's
     * array and hex, the time's hex, their concatenation) were a fifth of normalising one.
     */
    private static String timedKey(String sensor, Instant time, ObservationDetails.Packer parts) {
        KeyScratch scratch = KEY_SCRATCH.get();
        byte[] digest = scratch.digest(parts);
        int length = writeKey(scratch.key, sensor, time != null, time == null ? 0 : JdbcObservationStore.nanos(time),
                digest, 0);
        return new String(scratch.key, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * The timed key of a digest kept apart from its key ({@link LooseIndex} keeps the 16 bytes, not
     * the 32 hex digits): {@code digest[from]} to {@code digest[from + 15]}.
     */
    static String timedKey(String sensor, long nanos, byte[] digest, int from) {
        byte[] key = new byte[sensor.length() + 2 + 16 + 2 * DIGEST_BYTES];
        int length = writeKey(key, sensor, true, nanos, digest, from);
        return new String(key, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the 16 bytes of the digest of {@code key} into {@code into} at {@code at} when the key
     * is exactly the timed key of this sensor, time and a digest (as {@link #timedKey} writes it:
     * lower-case hex); else returns false, having maybe written part of them.
     */
    static boolean timedKeyDigest(String key, String sensor, long nanos, byte[] into, int at) {
        // read as bytes, which is several times faster than char by char; a character beyond ASCII
        // becomes bytes of 0x80 and above, which are no hex digit and no colon, so it fails the check
        byte[] text = key.getBytes(StandardCharsets.UTF_8);
        int timeFrom = sensor.length() + 1;
        int digestFrom = timeFrom + 17;
        if (text.length != digestFrom + 2 * DIGEST_BYTES || !key.startsWith(sensor)
                || text[timeFrom - 1] != ':' || text[digestFrom - 1] != ':') {
            return false;
        }
        long time = 0;
        int invalid = 0;
        for (int i = timeFrom; i < timeFrom + 16; i++) {
            int digit = HEX_VALUES[text[i] & 0xFF];
            invalid |= digit;
            time = time << 4 | (digit & 0xF);
        }
        if (invalid < 0 || time != nanos) {
            return false;
        }
        for (int i = 0; i < DIGEST_BYTES; i++) {
            int high = HEX_VALUES[text[digestFrom + 2 * i] & 0xFF];
            int low = HEX_VALUES[text[digestFrom + 2 * i + 1] & 0xFF];
            invalid |= high | low;
            into[at + i] = (byte) (high << 4 | low);
        }
        return invalid >= 0;
    }

    /** Each byte's value as a lower-case hex digit, else -1. */
    private static final int[] HEX_VALUES = new int[256];

    static {
        Arrays.fill(HEX_VALUES, -1);
        for (int digit = 0; digit < 16; digit++) {
            HEX_VALUES[HEX_DIGITS[digit]] = digit;
        }
    }

    /** {@code sensor:time:digest} (or {@code sensor:digest}) into {@code key}; returns its length. */
    private static int writeKey(byte[] key, String sensor, boolean timed, long nanos, byte[] digest, int from) {
        int at = 0;
        for (int i = 0; i < sensor.length(); i++) {
            key[at++] = (byte) sensor.charAt(i);
        }
        key[at++] = ':';
        if (timed) {
            for (int shift = 60; shift >= 0; shift -= 4) {
                key[at++] = HEX_DIGITS[(int) (nanos >>> shift) & 0xF];
            }
            key[at++] = ':';
        }
        for (int i = from; i < from + DIGEST_BYTES; i++) {
            key[at++] = HEX_DIGITS[(digest[i] >> 4) & 0xF];
            key[at++] = HEX_DIGITS[digest[i] & 0xF];
        }
        return at;
    }

    /** The bytes of a digest a key keeps: 128 bits. */
    static final int DIGEST_BYTES = 16;

    private static final ThreadLocal<KeyScratch> KEY_SCRATCH = ThreadLocal.withInitial(KeyScratch::new);

    /**
     * One thread's buffer for a key's parts and its digest, reused event after event (an
     * ingestion's streams share one normaliser; Tetragon alone sends hundreds of thousands a second).
     */
    private static final class KeyScratch {
        final ObservationDetails.Packer parts = new ObservationDetails.Packer(256);
        final MessageDigest sha = sha256();
        final byte[] digest = new byte[32];
        /** A timed key: a sensor's name, 16 hex digits of time, 32 of digest and two colons. */
        final byte[] key = new byte[96];

        /** The SHA-256 of the parts, in this thread's array. */
        byte[] digest(ObservationDetails.Packer parts) {
            sha.update(parts.bytes, 0, parts.size);
            try {
                sha.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("a SHA-256 digest fits in 32 bytes", e);
            }
            return digest;
        }

        static ObservationDetails.Packer emptyParts() {
            ObservationDetails.Packer parts = KEY_SCRATCH.get().parts;
            parts.size = 0;
            return parts;
        }
    }

    /** A part's UTF-8 (nothing for null) and the separating zero byte. */
    private static void part(ObservationDetails.Packer parts, String part) {
        if (part != null) {
            parts.utf8(part);
        }
        parts.room(1);
        parts.bytes[parts.size++] = 0;
    }

    /** The part {@code nanosText(time)} makes, its digits written straight into the parts (no string per event). */
    private static void timePart(ObservationDetails.Packer parts, Instant time) {
        if (time != null) {
            long rest = JdbcObservationStore.nanos(time);
            parts.room(20);
            if (rest < 0) {
                parts.bytes[parts.size++] = '-';
            }
            int first = parts.size;
            do {
                parts.bytes[parts.size++] = (byte) ('0' + Math.abs(rest % 10));
                rest /= 10;
            } while (rest != 0);
            for (int low = first, high = parts.size - 1; low < high; low++, high--) {
                byte digit = parts.bytes[low];
                parts.bytes[low] = parts.bytes[high];
                parts.bytes[high] = digit;
            }
        }
        parts.room(1);
        parts.bytes[parts.size++] = 0;
    }

    private static Actor actor(KubernetesEvent event) {
        return new Actor(event.reporter(), List.of(), null, List.of(), null, null, event.namespace(), null, null,
                null, null, null, null, null);
    }

    private static String object(KubernetesEvent event) {
        var involved = event.involvedObject();
        return involved.kind() + "/" + (involved.namespace() == null ? "" : involved.namespace() + "/")
                + involved.name();
    }

    /**
     * {@code sensor:time:digest}, the time as 16 hex digits of nanoseconds so that keys sort by it;
     * {@code sensor:digest} when the event carries no time of its own (the receive time differs
     * between deliveries, so it cannot be part of the key).
     */
    static String timedKey(String sensor, Instant time, String digest) {
        return time == null ? sensor + ":" + digest
                : sensor + ":" + HEX.toHexDigits(JdbcObservationStore.nanos(time)) + ":" + digest;
    }

    /**
     * Whether {@code key} is a {@link #timedKey} that names this event time (in nanoseconds): its
     * 16 hex digits compared with the time's, in either case, as a hex parser reads them (parsing
     * them cost more than a third of normalising a Tetragon event).
     */
    static boolean keyCarries(String key, long nanos) {
        int colon = key.indexOf(':');
        int end = colon + 1 + 16;
        return colon >= 0 && key.length() > end && key.charAt(end) == ':'
                && key.regionMatches(true, colon + 1, HEX.toHexDigits(nanos), 0, 16);
    }

    /** A digest of the parts, separated so that ("ab", "c") and ("a", "bc") differ; 128 bits in hex. */
    static String digest(String... parts) {
        ObservationDetails.Packer buffer = KeyScratch.emptyParts();
        for (String part : parts) {
            part(buffer, part);
        }
        return digestOf(buffer);
    }

    /** The parts laid out one after another, digested at once. */
    private static String digestOf(ObservationDetails.Packer parts) {
        return HEX.formatHex(KEY_SCRATCH.get().digest(parts), 0, DIGEST_BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** An instant as its nanoseconds in decimal: what tells two times apart, without a date formatter. */
    private static String nanosText(Instant time) {
        return time == null ? null : Long.toString(JdbcObservationStore.nanos(time));
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
