package io.stormcenter.workbench.kube;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A kubeconfig read and merged as kubectl does: for each context, cluster and user the first file
 * that names it wins; the current context is the first one set. Relative file paths are resolved
 * against the file that holds them, so the merged result works from anywhere.
 */
public final class Kubeconfig {

    private final KubeconfigLocation location;
    private final Map<String, NamedContext> contexts;
    private final Map<String, NamedCluster> clusters;
    private final Map<String, NamedAuthInfo> users;
    private final String currentContext;

    private Kubeconfig(KubeconfigLocation location, Map<String, NamedContext> contexts,
                       Map<String, NamedCluster> clusters, Map<String, NamedAuthInfo> users, String currentContext) {
        this.location = location;
        this.contexts = contexts;
        this.clusters = clusters;
        this.users = users;
        this.currentContext = currentContext;
    }

    /** Reads every existing file of the location; none existing, or one unreadable, is an error naming it. */
    public static Kubeconfig load(KubeconfigLocation location) {
        Map<String, NamedContext> contexts = new LinkedHashMap<>();
        Map<String, NamedCluster> clusters = new LinkedHashMap<>();
        Map<String, NamedAuthInfo> users = new LinkedHashMap<>();
        String current = null;
        boolean anyFile = false;
        for (Path file : location.files()) {
            if (!Files.isRegularFile(file)) {
                continue; // kubectl skips missing KUBECONFIG entries too
            }
            anyFile = true;
            Config config = parse(file);
            Path folder = file.toAbsolutePath().getParent();
            for (NamedContext context : nullSafe(config.getContexts())) {
                contexts.putIfAbsent(context.getName(), context);
            }
            for (NamedCluster cluster : nullSafe(config.getClusters())) {
                absolutize(cluster.getCluster(), Cluster::getCertificateAuthority, Cluster::setCertificateAuthority, folder);
                clusters.putIfAbsent(cluster.getName(), cluster);
            }
            for (NamedAuthInfo user : nullSafe(config.getUsers())) {
                AuthInfo auth = user.getUser();
                absolutize(auth, AuthInfo::getClientCertificate, AuthInfo::setClientCertificate, folder);
                absolutize(auth, AuthInfo::getClientKey, AuthInfo::setClientKey, folder);
                absolutize(auth, AuthInfo::getTokenFile, AuthInfo::setTokenFile, folder);
                users.putIfAbsent(user.getName(), user);
            }
            if (current == null && config.getCurrentContext() != null && !config.getCurrentContext().isBlank()) {
                current = config.getCurrentContext();
            }
        }
        if (!anyFile) {
            throw new ClusterException("no kubeconfig found (looked at " + location.description() + ")");
        }
        return new Kubeconfig(location, contexts, clusters, users, current);
    }

    private static Config parse(Path file) {
        try {
            Config config = KubeConfigUtils.parseConfig(file.toFile());
            if (config == null) {
                throw new ClusterException("kubeconfig " + file + " is empty");
            }
            return config;
        } catch (RuntimeException e) {
            if (e instanceof ClusterException known) {
                throw known;
            }
            // the parser's message may quote the file's content, which may hold a token
            throw new ClusterException("kubeconfig " + file + " is not a valid kubeconfig file");
        }
    }

    private static <T> void absolutize(T holder, Function<T, String> getter, PathSetter<T> setter, Path folder) {
        if (holder == null || folder == null) {
            return;
        }
        String value = getter.apply(holder);
        if (value != null && !value.isBlank() && !Path.of(value).isAbsolute()) {
            setter.set(holder, folder.resolve(value).normalize().toString());
        }
    }

    @FunctionalInterface
    private interface PathSetter<T> {
        void set(T holder, String path);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    public KubeconfigLocation location() {
        return location;
    }

    public Optional<String> currentContext() {
        return Optional.ofNullable(currentContext);
    }

    /** Every context, in file order, with its cluster's server (empty if the cluster is missing). */
    public List<KubeContext> contexts() {
        List<KubeContext> result = new ArrayList<>();
        for (NamedContext named : contexts.values()) {
            result.add(describe(named));
        }
        return result;
    }

    /** The named context; an unknown name is an error listing the known ones (fabric8 would fall back silently). */
    public KubeContext context(String name) {
        NamedContext named = contexts.get(name);
        if (named == null) {
            String known = contexts.isEmpty() ? "it has none" : "known: " + String.join(", ", contexts.keySet());
            throw new ClusterException("no context '" + name + "' in kubeconfig " + location.description() + " (" + known + ")");
        }
        KubeContext context = describe(named);
        if (context.server().isEmpty()) {
            throw new ClusterException("context '" + name + "' names cluster '" + context.cluster()
                    + "', which has no server in kubeconfig " + location.description());
        }
        return context;
    }

    private KubeContext describe(NamedContext named) {
        var context = named.getContext();
        String clusterName = context == null ? null : context.getCluster();
        NamedCluster cluster = clusterName == null ? null : clusters.get(clusterName);
        String server = cluster == null || cluster.getCluster() == null || cluster.getCluster().getServer() == null ? ""
                : cluster.getCluster().getServer();
        return new KubeContext(named.getName(), clusterName, server, context == null ? null : context.getUser(),
                context == null ? null : context.getNamespace());
    }

    /**
     * The merged kubeconfig reduced to one context, as YAML for fabric8's own kubeconfig
     * handling (exec plugins, auth providers, token files). Holds credentials: never log it.
     */
    String singleContextYaml(String name) {
        KubeContext context = context(name);
        Config config = new Config();
        config.setApiVersion("v1");
        config.setKind("Config");
        config.setContexts(List.of(contexts.get(name)));
        config.setClusters(List.of(clusters.get(context.cluster())));
        NamedAuthInfo user = context.user() == null ? null : users.get(context.user());
        config.setUsers(user == null ? List.of() : List.of(user));
        config.setCurrentContext(name);
        return new KubernetesSerialization().asYaml(config);
    }

    /** Masks what a message could leak of the context's credentials: its inline secrets, and their usual shapes. */
    public CredentialRedaction redaction(String contextName) {
        return new CredentialRedaction(inlineSecrets(contextName));
    }

    /**
     * The secrets the chosen context's user holds inline (token, password, client key and certificate
     * data), for {@link CredentialRedaction} and for what must never be shared. Never log them.
     */
    public List<String> inlineSecrets(String name) {
        KubeContext context = context(name);
        NamedAuthInfo user = context.user() == null ? null : users.get(context.user());
        if (user == null || user.getUser() == null) {
            return List.of();
        }
        AuthInfo auth = user.getUser();
        List<String> secrets = new ArrayList<>();
        Consumer<Supplier<String>> add = s -> secrets.add(s.get());
        add.accept(auth::getToken);
        add.accept(auth::getPassword);
        add.accept(auth::getClientKeyData);
        add.accept(auth::getClientCertificateData);
        return secrets.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.toList());
    }
}
