package io.stormcenter.workbench.heat.demo;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.stormcenter.workbench.format.TreeFiles;
import io.stormcenter.workbench.heat.demo.SensorLines.Pod;
import io.stormcenter.workbench.heat.demo.SensorLines.Proc;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.TetragonMatcher;
import io.stormcenter.workbench.honeycluster.TripwireEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the demo capture shipped as {@code sample-models/ksc-kubecon-2024.capture.jsonl}: a day of
 * the KSC KubeCon EU 2024 honeycluster (the plan {@code generate} makes with seed 1) as its sensors
 * would record it. Six attackers log into the SSH bait: two give up after looking around, one
 * after reading the service-account token, one uploads kubectl and creates a hostPath volume then
 * stops, one goes the whole way through {@code kubectl logs}, and one escapes to the node through a
 * privileged pod. Around them: the workload's health checks, the kubelet and controllers at work,
 * the workbench's status reads and an anonymous scanner. The same seed writes the same bytes.
 *
 * <p>Run {@code main} (from the project folder) after changing it; {@code DemoCaptureTest} fails
 * while the shipped file differs.
 */
public final class DemoCapture {

    public static final Path SHIPPED = Path.of("sample-models/ksc-kubecon-2024.capture.jsonl");
    public static final Path MODEL = Path.of("sample-models/ksc-kubecon-2024.json");
    public static final long SEED = 20240320L;
    static final Instant DEPLOYED = Instant.parse("2024-03-20T09:00:00Z");
    static final String NODE = "worker-1";
    static final String BAIT_IP = "10.42.0.15";
    static final String API = "10.43.0.1";

    private final Random random;
    private final HoneyclusterPlan plan;
    private final Pod bait;
    private final Proc sshd;
    private final String canary;
    private final List<Line> lines = new ArrayList<>();
    private int serial;

    private DemoCapture(long seed) throws Exception {
        this.random = new Random(seed);
        this.plan = new HoneyclusterCompiler().compile(TreeFiles.read(MODEL).tree(), CompileOptions.seeded(1));
        HasMetadata pod = plan.objectsOf("ssh-bait").stream().filter(o -> o.getKind().equals("Pod")).findFirst()
                .orElseThrow();
        this.bait = new Pod(plan.namespace(), pod.getMetadata().getName(), "containerd://" + hex(64), "sshd",
                "docker.io/linuxserver/openssh-server:9.3_p2-r1-ls145", new java.util.TreeMap<>(pod.getMetadata().getLabels()));
        this.canary = "system:serviceaccount:" + plan.namespace() + ":" + plan.objectsOf("read-sa-token").stream()
                .filter(o -> o.getKind().equals("ServiceAccount")).findFirst().orElseThrow().getMetadata().getName();
        this.sshd = proc(DEPLOYED.plusSeconds(9), "/usr/sbin/sshd", "-D -e", null, bait, null);
    }

    /** The capture's lines, in event time order. */
    public static List<String> lines(long seed) throws Exception {
        DemoCapture capture = new DemoCapture(seed);
        capture.day();
        capture.lines.sort(Comparator.comparing(Line::time).thenComparing(Line::order));
        return capture.lines.stream().map(Line::json).toList();
    }

    public static void main(String[] args) throws Exception {
        Path target = args.length > 0 ? Path.of(args[0]) : SHIPPED;
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "capture", ".tmp");
        Files.writeString(temp, String.join("\n", lines(SEED)) + "\n", StandardCharsets.UTF_8);
        // a temporary file is the owner's only; the shipped one is read by everyone
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void day() {
        add(DEPLOYED.plusSeconds(9), SensorLines.exec(DEPLOYED.plusSeconds(9), NODE, sshd, null));
        noise();
        attacker(at("09:40"), "185.220.101.47", this::wholeWayThroughLogs);
        attacker(at("12:10"), "45.155.205.233", a -> readToken(a));
        attacker(at("14:30"), "193.32.162.9", a -> { });
        attacker(at("16:05"), "103.97.176.20", this::uploadsKubectlAndStops);
        attacker(at("19:20"), "91.240.118.172", this::escapesToTheNode);
        attacker(at("21:45"), "179.43.187.12", a -> { });
    }

    // ---- benign activity --------------------------------------------------------------------------------------

    private void noise() {
        for (Instant t = DEPLOYED.plus(Duration.ofMinutes(3)); t.isBefore(at("23:55")); t = t.plus(Duration.ofMinutes(10))) {
            Instant when = t.plusMillis(random.nextInt(4000));
            Proc check = proc(when, "/usr/local/bin/healthcheck", "--port 2222", "runc-" + bait.name(), bait, null);
            add(when, SensorLines.exec(when, NODE, check, null));
        }
        for (Instant t = DEPLOYED.plus(Duration.ofMinutes(1)); t.isBefore(at("23:55")); t = t.plus(Duration.ofMinutes(30))) {
            Instant when = t.plusMillis(random.nextInt(2000));
            add(when, SensorLines.audit(when, auditId(), "get", "system:node:" + NODE, List.of("system:nodes"), ordered(),
                    "10.0.0.11", "kubelet/v1.29.2 (linux/amd64) kubernetes/4b8e819", "configmaps", bait.namespace(),
                    "kube-root-ca.crt", null, 200));
            Instant status = when.plusSeconds(7 * 60);
            add(status, SensorLines.audit(status, auditId(), "list", "kubernetes-admin",
                    List.of("system:masters", "system:authenticated"), ordered(), "192.168.1.20",
                    "ksc-workbench/1.0", "pods", bait.namespace(), null, null, 200));
        }
        for (Instant t = at("10:52"); t.isBefore(at("23:00")); t = t.plus(Duration.ofMinutes(97))) {
            add(t, SensorLines.audit(t, auditId(), "list", "system:anonymous", List.of("system:unauthenticated"),
                    ordered(), "80.82.77." + (33 + random.nextInt(100)), "Go-http-client/1.1", "secrets", null, null,
                    null, 403));
        }
        Instant endpoints = at("09:00").plusSeconds(14);
        add(endpoints, SensorLines.audit(endpoints, auditId(), "update",
                "system:serviceaccount:kube-system:endpointslice-controller", List.of("system:serviceaccounts"), ordered(),
                "10.0.0.10", "kube-controller-manager/v1.29.2", "endpoints", bait.namespace(), bait.name(), null, 200));
    }

    // ---- what attackers do ------------------------------------------------------------------------------------

    /** One attacker's SSH session: login, then what {@code steps} does with the shell. */
    private record Attacker(String ip, Proc session, Proc shell, Instant[] clock) {
        Instant next(Random random, int minSeconds, int maxSeconds) {
            clock[0] = clock[0].plusSeconds(minSeconds + random.nextInt(maxSeconds - minSeconds + 1));
            return clock[0];
        }
    }

    private void attacker(Instant start, String ip, java.util.function.Consumer<Attacker> steps) {
        Instant t = start;
        add(t, SensorLines.kprobe(t, NODE, sshd, null, "inet_csk_accept", policy("tw-sshd-accept"),
                List.of(ordered("sock_arg", ordered("family", "AF_INET", "type", "SOCK_STREAM", "protocol", "IPPROTO_TCP",
                        "saddr", ip, "daddr", BAIT_IP, "sport", 40000 + random.nextInt(20000), "dport", 2222)))));
        Instant login = t.plusSeconds(2 + random.nextInt(5));
        Proc session = proc(login, "/usr/sbin/sshd", "-D -e -R", sshd.execId(), bait, null);
        add(login, SensorLines.exec(login, NODE, session, sshd));
        Instant spawn = login.plusMillis(300);
        add(spawn, SensorLines.kprobe(spawn, NODE, session, sshd, "sys_execve", policy("tw-sshd-spawn-shell"),
                List.of(ordered("string_arg", "/bin/sh"))));
        Proc shell = proc(spawn.plusMillis(5), "/bin/sh", "-c /bin/bash", session.execId(), bait, 0L);
        add(spawn.plusMillis(5), SensorLines.exec(spawn.plusMillis(5), NODE, shell, session));
        add(spawn.plusMillis(9), SensorLines.falco(spawn.plusMillis(9), "Shell started by sshd", "Notice",
                "A shell was started by sshd (an SSH login)", NODE, falcoFields(bait, "sh -c /bin/bash", "sshd", shell)));
        Attacker attacker = new Attacker(ip, session, shell, new Instant[] {spawn});
        Proc look = child(attacker, "/bin/ls", "-la /", 20, 90);
        add(look.start(), SensorLines.exec(look.start(), NODE, look, shell));
        steps.accept(attacker);
        Instant close = attacker.next(random, 30, 200);
        add(close, SensorLines.kprobe(close, NODE, sshd, null, "tcp_close", policy("tw-sshd-close"),
                List.of(ordered("sock_arg", ordered("family", "AF_INET", "saddr", BAIT_IP, "daddr", ip, "sport", 2222)))));
    }

    private void readToken(Attacker a) {
        Proc cat = child(a, "/bin/cat", "/var/run/secrets/kubernetes.io/serviceaccount/token", 30, 240);
        add(cat.start(), SensorLines.exec(cat.start(), NODE, cat, a.shell()));
        Instant read = cat.start().plusMillis(2);
        add(read, SensorLines.kprobe(read, NODE, cat, a.shell(), "security_file_permission",
                policy("tw-sa-token-permission"), List.of(ordered("file_arg", ordered("path",
                        "/run/secrets/kubernetes.io/serviceaccount/..2024_03_20_09_00_12.3115319183/token")),
                        ordered("int_arg", 4))));
    }

    private void pythonClient(Attacker a) {
        Proc python = child(a, "/usr/bin/python3", "-c from kubernetes import client, config; "
                + "config.load_incluster_config(); print(client.CoreV1Api().list_namespaced_pod('"
                + bait.namespace() + "'))", 60, 400);
        add(python.start(), SensorLines.exec(python.start(), NODE, python, a.shell()));
        Instant t = python.start().plusMillis(40);
        add(t, SensorLines.kprobe(t, NODE, python, a.shell(), "fd_install", policy("tw-python-enum"),
                List.of(ordered("int_arg", 3), ordered("file_arg", ordered("path", "/usr/bin/python3")))));
        t = t.plusMillis(600);
        add(t, SensorLines.kprobe(t, NODE, python, a.shell(), "security_file_permission", policy("tw-k8s-client-lib"),
                List.of(ordered("file_arg", ordered("path",
                        "/usr/local/lib/python3.10/dist-packages/kubernetes/client/api_client.py")), ordered("int_arg", 4))));
        t = t.plusMillis(200);
        add(t, SensorLines.kprobe(t, NODE, python, a.shell(), "tcp_connect", policy("tw-api-connect"),
                List.of(ordered("sock_arg", ordered("family", "AF_INET", "saddr", BAIT_IP, "daddr", API,
                        "sport", 50000 + random.nextInt(10000), "dport", 443)))));
        apiCall(t.plusMillis(30), "list", "pods", bait.namespace(), null, null, 200,
                "OpenAPI-Generator/29.0.0/python");
    }

    private void uploadsKubectlAndStops(Attacker a) {
        readToken(a);
        Instant t = a.next(random, 60, 300);
        add(t, SensorLines.kprobe(t, NODE, a.session(), sshd, "sys_execve", policy("tw-scp-upload"),
                List.of(ordered("string_arg", "/usr/lib/openssh/sftp-server"))));
        Proc kubectl = child(a, "/tmp/kubectl", "get pods -A", 40, 120);
        add(kubectl.start(), SensorLines.exec(kubectl.start(), NODE, kubectl, a.shell()));
        add(kubectl.start().plusMillis(8), SensorLines.falco(kubectl.start().plusMillis(8),
                "Kubernetes client started in a container", "Notice", "A Kubernetes client was started in a container",
                NODE, falcoFields(bait, "kubectl get pods -A", "bash", kubectl)));
        apiCall(kubectl.start().plusMillis(90), "list", "pods", null, null, null, 403, "kubectl/v1.29.2");
        apiCall(a.next(random, 20, 60), "list", "pods", bait.namespace(), null, null, 200, "kubectl/v1.29.2");
        hostPathVolume(a);
    }

    private void hostPathVolume(Attacker a) {
        apiCall(a.next(random, 120, 400), "create", "persistentvolumes", null, "var-log-" + hex(5), null, 201,
                "kubectl/v1.29.2");
        apiCall(a.next(random, 5, 30), "create", "persistentvolumeclaims", bait.namespace(), "logs", null, 201,
                "kubectl/v1.29.2");
    }

    private void wholeWayThroughLogs(Attacker a) {
        readToken(a);
        pythonClient(a);
        hostPathVolume(a);
        Pod viewer = newPod(a, "log-viewer", "docker.io/library/busybox:1.36");
        Instant exec = a.next(random, 30, 90);
        apiCall(exec, "create", "pods", bait.namespace(), viewer.name(), "exec", 101, "kubectl/v1.29.2");
        Proc sh = proc(exec.plusMillis(200), "/bin/sh", "", "runc-" + viewer.name(), viewer, null);
        add(sh.start(), SensorLines.exec(sh.start(), NODE, sh, null));
        Instant t = a.next(random, 20, 80);
        Proc ln = proc(t, "/bin/ln", "-sf /etc/kubernetes/pki/apiserver.key /var/log/host/pods/" + bait.namespace()
                + "_" + viewer.name() + "/viewer/0.log", sh.execId(), viewer, null);
        add(t, SensorLines.exec(t, NODE, ln, sh));
        add(t.plusMillis(1), SensorLines.kprobe(t.plusMillis(1), NODE, ln, sh, "sys_symlinkat", policy("tw-symlinkat"),
                List.of(ordered("string_arg", "/etc/kubernetes/pki/apiserver.key"), ordered("int_arg", -100),
                        ordered("string_arg", "/var/log/host/pods/0.log"))));
        add(t.plusMillis(3), SensorLines.falco(t.plusMillis(3), "Symlink to the Kubernetes PKI", "Critical",
                "A symlink was made to a file of the Kubernetes PKI", NODE, falcoFields(viewer, ln.arguments(), "sh", ln)));
        apiCall(a.next(random, 30, 120), "get", "pods", bait.namespace(), viewer.name(), "log", 200, "kubectl/v1.29.2");
    }

    private void escapesToTheNode(Attacker a) {
        readToken(a);
        pythonClient(a);
        Pod debugger = newPod(a, "node-debugger", "docker.io/library/alpine:3.19");
        Instant exec = a.next(random, 30, 90);
        apiCall(exec, "create", "pods", bait.namespace(), debugger.name(), "exec", 101, "kubectl/v1.29.2");
        Proc sh = proc(exec.plusMillis(200), "/bin/sh", "", "runc-" + debugger.name(), debugger, null);
        add(sh.start(), SensorLines.exec(sh.start(), NODE, sh, null));
        Instant t = a.next(random, 10, 60);
        Proc nsenter = proc(t, "/usr/bin/nsenter", "-t 1 -m -u -i -n -p -- bash", sh.execId(), debugger, null);
        add(t, SensorLines.exec(t, NODE, nsenter, sh));
        add(t.plusMillis(2), SensorLines.falco(t.plusMillis(2), "Process entered another namespace", "Warning",
                "A process in a container entered another namespace", NODE,
                falcoFields(debugger, nsenter.arguments(), "sh", nsenter)));
        Instant c = a.next(random, 10, 60);
        Proc cat = proc(c, "/usr/bin/cat", "/etc/kubernetes/pki/apiserver.key", nsenter.execId(), debugger, null);
        add(c, SensorLines.exec(c, NODE, cat, nsenter));
        add(c.plusMillis(1), SensorLines.kprobe(c.plusMillis(1), NODE, cat, nsenter, "security_file_open",
                policy("tw-key-cat"), List.of(ordered("file_arg", ordered("path", "/etc/kubernetes/pki/apiserver.key")),
                        ordered("int_arg", 4))));
    }

    /** The attacker creates a pod with the stolen token; the scheduler places it. */
    private Pod newPod(Attacker a, String name, String image) {
        Instant t = a.next(random, 60, 240);
        apiCall(t, "create", "pods", bait.namespace(), name, null, 201, "kubectl/v1.29.2");
        Instant scheduled = t.plusMillis(40);
        add(scheduled, SensorLines.event(scheduled, bait.namespace(), name + "." + hex(16), "Scheduled", "Pod", name,
                "Successfully assigned " + bait.namespace() + "/" + name + " to " + NODE, "default-scheduler"));
        return new Pod(bait.namespace(), name, "containerd://" + hex(64), name, image,
                ordered("run", name));
    }

    /** A request with the token planted in the bait pod, from the pod's address. */
    private void apiCall(Instant t, String verb, String resource, String namespace, String name, String subresource,
                         int code, String agent) {
        add(t, SensorLines.audit(t, auditId(), verb, canary, List.of("system:serviceaccounts",
                        "system:serviceaccounts:" + bait.namespace(), "system:authenticated"),
                ordered("authentication.kubernetes.io/pod-name", bait.name(),
                        "authentication.kubernetes.io/pod-uid", "5f0c4c2e-2b7d-4d7a-9a43-0c1f6b0e2a11",
                        "authentication.kubernetes.io/credential-id", "JTI=7c1e5a2b-9d3f-4e61-8b0a-2f4d6c8e1a93"),
                BAIT_IP, agent, resource, namespace, name, subresource, code));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Proc child(Attacker a, String binary, String arguments, int minSeconds, int maxSeconds) {
        return proc(a.next(random, minSeconds, maxSeconds), binary, arguments, a.shell().execId(), bait, 0L);
    }

    private Proc proc(Instant start, String binary, String arguments, String parentExecId, Pod pod, Long auid) {
        int pid = 100 + random.nextInt(60000);
        long ktime = Duration.between(DEPLOYED.minus(Duration.ofDays(3)), start).toNanos();
        String execId = Base64.getEncoder().encodeToString((NODE + ":" + ktime + ":" + pid)
                .getBytes(StandardCharsets.UTF_8));
        return new Proc(execId, pid, 0, binary, arguments, "/root", start, parentExecId, pod, auid);
    }

    private Map<String, Object> falcoFields(Pod pod, String cmdline, String parent, Proc process) {
        return new java.util.TreeMap<String, Object>(ordered("container.id", pod.containerId().substring("containerd://".length(), 25),
                "container.image.repository", pod.image().substring(0, pod.image().lastIndexOf(':')),
                "k8s.ns.name", pod.namespace(), "k8s.pod.name", pod.name(), "proc.cmdline", cmdline,
                "proc.exepath", process.binary(), "proc.pid", process.pid(), "proc.pname", parent,
                "user.loginuid", process.auid() == null ? -1 : process.auid(), "user.name", "root"));
    }

    private String policy(String tripwireId) {
        TripwireEntry entry = plan.index().entry(tripwireId).orElseThrow();
        TetragonMatcher matcher = (TetragonMatcher) entry.matcher();
        // the upstream KSC name where the model gives one: what a honeycluster with KSC's policies reports
        return matcher.samePolicies().isEmpty() ? matcher.policyName() : matcher.samePolicies().get(0);
    }

    private String auditId() {
        return String.format("%08x-%04x-4%03x-a%03x-%012x", random.nextInt(), random.nextInt(0x10000),
                random.nextInt(0x1000), random.nextInt(0x1000), random.nextLong() & 0xffffffffffffL);
    }

    private String hex(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(Integer.toHexString(random.nextInt(16)));
        }
        return out.toString();
    }

    /** A map that keeps the order it was written in (Map.of iterates in an order that changes per run). */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    private static Instant at(String time) {
        return Instant.parse("2024-03-20T" + time + ":00Z");
    }

    private void add(Instant time, String json) {
        lines.add(new Line(time, serial++, json));
    }

    private record Line(Instant time, int order, String json) {
    }
}
