package io.stormcenter.workbench.cluster.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real Kubernetes control plane on loopback for tests: etcd, kube-apiserver (token auth, RBAC,
 * serving certificate from a CA made with openssl, service-account keys) and
 * kube-controller-manager (namespace deletion, service-account tokens, deployments -> pods). No
 * scheduler and no kubelet: pods stay Pending. Binaries come from {@code KSC_K8S_BIN} or the cache
 * of {@code .ci/build-kube-apiserver.sh}, built there when missing; a failed build is an error,
 * never a skip.
 */
public final class LocalKubeCluster implements AutoCloseable {

    public static final String BIN_VARIABLE = "KSC_K8S_BIN";
    /** Relative to the project folder, where surefire and failsafe run the tests. */
    static final Path BUILD_SCRIPT = Path.of(".ci", "build-kube-apiserver.sh");
    public static final String ADMIN_CONTEXT = "local-admin";
    public static final String VIEWER_CONTEXT = "local-viewer";
    public static final String VIEWER_USER = "viewer";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path work;
    private final List<Process> processes = new ArrayList<>();
    private final String adminToken;
    private final String viewerToken;
    private final int apiPort;
    private Path kubeconfig;

    private LocalKubeCluster(Path work, String adminToken, String viewerToken, int apiPort) {
        this.work = work;
        this.adminToken = adminToken;
        this.viewerToken = viewerToken;
        this.apiPort = apiPort;
    }

    /**
     * The folder with etcd, kube-apiserver and kube-controller-manager: {@code KSC_K8S_BIN} (or
     * {@code -Dksc.k8s.bin}) when given, otherwise the cache that {@code .ci/build-kube-apiserver.sh}
     * reuses or, the first time on a machine, builds (minutes). So the README's one test command
     * needs no variable exported first.
     */
    public static Path binaries() {
        String value = System.getenv(BIN_VARIABLE);
        if (value == null || value.isBlank()) {
            value = System.getProperty("ksc.k8s.bin");
        }
        return binaries(value, BUILD_SCRIPT);
    }

    /** The folder given, or else the one the build script prints; either must hold the three binaries. */
    static Path binaries(String given, Path script) {
        Path bin = given == null || given.isBlank() ? cachedOrBuilt(script) : Path.of(given);
        for (String binary : List.of("etcd", "kube-apiserver", "kube-controller-manager")) {
            if (!Files.isExecutable(bin.resolve(binary))) {
                throw new IllegalStateException(bin + " has no executable " + binary
                        + ": rebuild with " + BUILD_SCRIPT + " (or point " + BIN_VARIABLE + " at a complete folder)");
            }
        }
        return bin;
    }

    /**
     * Runs the build script, which prints the bin folder at once when its cache is complete and
     * builds it otherwise; its progress goes to this run's error output.
     */
    static Path cachedOrBuilt(Path script) {
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(BIN_VARIABLE + " is not set and there is no " + script.toAbsolutePath()
                    + " to build the kube-apiserver with: run the tests from the project folder");
        }
        try {
            Process build = new ProcessBuilder("bash", script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = build.waitFor();
            if (exit != 0 || printed.isEmpty()) {
                throw new IllegalStateException(script + " failed (exit " + exit + ", its output is above); "
                        + "or set " + BIN_VARIABLE + " to a folder with etcd, kube-apiserver and kube-controller-manager");
            }
            String[] lines = printed.split("\\R");
            return Path.of(lines[lines.length - 1].strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + script + " ran", e);
        }
    }

    public static LocalKubeCluster start() {
        return start(List.of());
    }

    /** A cluster whose API server also gets these flags (an audit policy and webhook, say). */
    public static LocalKubeCluster start(List<String> extraApiServerFlags) {
        Path bin = binaries();
        try {
            Path work = Files.createTempDirectory("ksc-kube-");
            LocalKubeCluster cluster = new LocalKubeCluster(work, randomToken(), randomToken(), freePort());
            try {
                cluster.startIn(bin, extraApiServerFlags);
            } catch (RuntimeException | IOException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local cluster", e);
        }
    }

    private void startIn(Path bin, List<String> extraApiServerFlags) throws IOException {
        Path pki = Files.createDirectories(work.resolve("pki"));
        certificates(pki);
        int etcdPort = freePort();
        int peerPort = freePort();
        String etcdUrl = "http://127.0.0.1:" + etcdPort;
        String peerUrl = "http://127.0.0.1:" + peerPort;
        launch("etcd", List.of(bin.resolve("etcd").toString(), "--name=ksc", "--data-dir=" + work.resolve("etcd"),
                "--listen-client-urls=" + etcdUrl, "--advertise-client-urls=" + etcdUrl,
                "--listen-peer-urls=" + peerUrl, "--initial-advertise-peer-urls=" + peerUrl,
                "--initial-cluster=ksc=" + peerUrl, "--log-level=warn"));
        Path tokens = work.resolve("tokens.csv");
        Files.writeString(tokens, adminToken + ",admin,uid-admin,\"system:masters\"\n"
                + viewerToken + "," + VIEWER_USER + ",uid-viewer\n"
                + randomController() + "\n");
        List<String> apiServer = new ArrayList<>(List.of(bin.resolve("kube-apiserver").toString(),
                "--etcd-servers=" + etcdUrl,
                "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", "--secure-port=" + apiPort,
                "--insecure-port=0",
                "--tls-cert-file=" + pki.resolve("apiserver.crt"), "--tls-private-key-file=" + pki.resolve("apiserver.key"),
                "--token-auth-file=" + tokens, "--authorization-mode=RBAC",
                "--service-account-key-file=" + pki.resolve("sa.key"),
                "--service-account-signing-key-file=" + pki.resolve("sa.key"),
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                "--service-cluster-ip-range=10.96.0.0/16",
                "--allow-privileged=true",
                "--enable-priority-and-fairness=false",
                "--profiling=false"));
        apiServer.addAll(extraApiServerFlags);
        launch("kube-apiserver", apiServer);
        waitReady();
        kubeconfig = writeKubeconfig(work.resolve("kubeconfig"));
        Path controllerConfig = writeControllerKubeconfig(work.resolve("controller.kubeconfig"));
        launch("kube-controller-manager", List.of(bin.resolve("kube-controller-manager").toString(),
                "--kubeconfig=" + controllerConfig, "--authentication-kubeconfig=" + controllerConfig,
                "--authorization-kubeconfig=" + controllerConfig,
                "--service-account-private-key-file=" + pki.resolve("sa.key"),
                "--root-ca-file=" + pki.resolve("ca.crt"),
                "--bind-address=127.0.0.1", "--secure-port=0", "--port=0", "--leader-elect=false",
                "--controllers=*,-nodeipam,-nodelifecycle,-attachdetach,-persistentvolume-binder,-persistentvolume-expander,-cloud-node-lifecycle,-ttl,-bootstrapsigner,-tokencleaner",
                "--profiling=false"));
    }

    /** The controller manager authenticates with its own token, in system:masters (a test cluster). */
    private String controllerToken;

    private String randomController() {
        controllerToken = randomToken();
        return controllerToken + ",system:kube-controller-manager,uid-kcm,\"system:masters\"";
    }

    private void certificates(Path pki) {
        openssl(pki, "genrsa", "-out", "ca.key", "2048");
        openssl(pki, "req", "-x509", "-new", "-nodes", "-key", "ca.key", "-subj", "/CN=ksc-test-ca", "-days", "2",
                "-out", "ca.crt");
        openssl(pki, "genrsa", "-out", "apiserver.key", "2048");
        try {
            Files.writeString(pki.resolve("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes\n"
                    + "extendedKeyUsage=serverAuth\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        openssl(pki, "req", "-new", "-key", "apiserver.key", "-subj", "/CN=kube-apiserver", "-out", "apiserver.csr");
        openssl(pki, "x509", "-req", "-in", "apiserver.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "apiserver.crt");
        openssl(pki, "genrsa", "-out", "sa.key", "2048");
    }

    private static void openssl(Path folder, String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("openssl " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("openssl is needed to make the test cluster's certificates", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch(String name, List<String> command) throws IOException {
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
    }

    private void waitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient http = HttpClient.newBuilder().sslContext(trusting()).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server() + "/readyz"))
                .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(5)).build();
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a control-plane process ended while starting: " + tailOfLogs());
                }
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(300);
        }
        throw new IllegalStateException("kube-apiserver not ready after " + START_TIMEOUT + " (" + last + "): "
                + tailOfLogs());
    }

    private SSLContext trusting() {
        try (var in = Files.newInputStream(work.resolve("pki/ca.crt"))) {
            X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("ca", ca);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot trust the test CA", e);
        }
    }

    private Path writeKubeconfig(Path file) throws IOException {
        String ca = Base64.getEncoder().encodeToString(Files.readAllBytes(work.resolve("pki/ca.crt")));
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: local
                  cluster:
                    server: %s
                    certificate-authority-data: %s
                users:
                - name: admin
                  user:
                    token: %s
                - name: %s
                  user:
                    token: %s
                contexts:
                - name: %s
                  context:
                    cluster: local
                    user: admin
                - name: %s
                  context:
                    cluster: local
                    user: %s
                current-context: %s
                """.formatted(server(), ca, adminToken, VIEWER_USER, viewerToken, ADMIN_CONTEXT, VIEWER_CONTEXT,
                VIEWER_USER, ADMIN_CONTEXT));
        return file;
    }

    private Path writeControllerKubeconfig(Path file) throws IOException {
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: local
                  cluster:
                    server: %s
                    certificate-authority: %s
                users:
                - name: kcm
                  user:
                    token: %s
                contexts:
                - name: kcm
                  context: {cluster: local, user: kcm}
                current-context: kcm
                """.formatted(server(), work.resolve("pki/ca.crt"), controllerToken));
        return file;
    }

    public String server() {
        return "https://127.0.0.1:" + apiPort;
    }

    /** A kubeconfig with contexts {@value #ADMIN_CONTEXT} and {@value #VIEWER_CONTEXT}. */
    public Path kubeconfig() {
        return kubeconfig;
    }

    public String adminToken() {
        return adminToken;
    }

    public String viewerToken() {
        return viewerToken;
    }

    /** The last lines of each process's log, for a failure message. */
    public String tailOfLogs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("etcd", "kube-apiserver", "kube-controller-manager")) {
            Path log = work.resolve(name + ".log");
            if (Files.exists(log)) {
                try {
                    List<String> lines = Files.readAllLines(log);
                    text.append("\n--- ").append(name).append(" ---\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
                } catch (IOException e) {
                    text.append("\n(cannot read ").append(log).append(")");
                }
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        // reverse start order; each with its children, then wait so ports and the data dir are free
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        deleteTree(work);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts a cluster for trying the CLI by hand: prints the kubeconfig path and server, runs until
     * stdin closes or the process is stopped.
     */
    public static void main(String[] args) throws IOException {
        try (LocalKubeCluster cluster = start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
            Path target = args.length > 0 ? Path.of(args[0]) : null;
            Path config = cluster.kubeconfig();
            if (target != null) {
                Files.copy(config, target, StandardCopyOption.REPLACE_EXISTING);
                config = target;
            }
            System.out.println("kubeconfig " + config);
            System.out.println("server " + cluster.server());
            System.out.println("contexts " + ADMIN_CONTEXT + ", " + VIEWER_CONTEXT);
            System.out.flush();
            while (System.in.read() >= 0) {
                // keep running until stdin closes
            }
        }
    }
}
