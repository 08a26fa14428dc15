package io.stormcenter.workbench.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An open connection to the cluster of one kubeconfig context. Every failure leaves it as a
 * {@link ClusterException} whose message names what was being done and why it failed, with
 * credentials masked.
 */
public final class ClusterSession implements AutoCloseable {

    /** Short, so an unreachable server is reported in seconds rather than after minutes of retries. */
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int REQUEST_TIMEOUT_MS = 30_000;

    private final KubeContext context;
    private final KubernetesClient client;
    private final CredentialRedaction redaction;

    public ClusterSession(KubeContext context, KubernetesClient client, CredentialRedaction redaction) {
        this.context = context;
        this.client = client;
        this.redaction = redaction;
    }

    /** Opens the named context (validated first: an unknown name is an error, never a fallback). */
    public static ClusterSession open(Kubeconfig kubeconfig, String contextName) {
        KubeContext context = kubeconfig.context(contextName);
        CredentialRedaction redaction = kubeconfig.redaction(contextName);
        Config config;
        try {
            // the YAML holds this context only, as its current context: nothing to fall back to
            config = Config.fromKubeconfig(kubeconfig.singleContextYaml(contextName));
        } catch (RuntimeException e) {
            throw new ClusterException("cannot use context '" + contextName + "': "
                    + ClusterFailures.reason(e, context.server(), redaction));
        }
        config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        config.setRequestTimeout(REQUEST_TIMEOUT_MS);
        config.setRequestRetryBackoffLimit(0);
        List<String> secrets = new ArrayList<>();
        secrets.add(config.getOauthToken());
        secrets.add(config.getAutoOAuthToken());
        secrets.add(config.getPassword());
        secrets.add(config.getClientKeyData());
        secrets.add(config.getClientCertData());
        KubernetesClient client;
        try {
            client = new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory())
                    .build();
        } catch (RuntimeException e) {
            throw new ClusterException("cannot use context '" + contextName + "': "
                    + ClusterFailures.reason(e, context.server(), redaction));
        }
        return new ClusterSession(context, client, redaction.with(secrets));
    }

    public KubeContext context() {
        return context;
    }

    public String server() {
        return context.server();
    }

    public KubernetesClient client() {
        return client;
    }

    public CredentialRedaction redaction() {
        return redaction;
    }

    /** "v1.20.2", or a failure saying why the server did not answer. */
    public String serverVersion() {
        VersionInfo version = call("ask the server for its version", () -> client.getKubernetesVersion());
        return version.getGitVersion();
    }

    /** Runs one API call; a failure becomes a one-line {@link ClusterException} naming the action. */
    public <T> T call(String action, Supplier<T> request) {
        try {
            return request.get();
        } catch (ClusterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(action, e);
        }
    }

    public ClusterException failure(String action, Throwable e) {
        return new ClusterException("could not " + action + " on context '" + context.name() + "': "
                + ClusterFailures.reason(e, context.server(), redaction));
    }

    /** The reason of a failure alone, masked. */
    public String reason(Throwable e) {
        return ClusterFailures.reason(e, context.server(), redaction);
    }

    @Override
    public void close() {
        client.close();
    }
}
