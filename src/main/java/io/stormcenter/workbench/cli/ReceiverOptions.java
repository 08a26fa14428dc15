package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.telemetry.BearerToken;
import io.stormcenter.workbench.telemetry.EventReceiver;
import io.stormcenter.workbench.telemetry.ReceiverKeys;
import io.stormcenter.workbench.telemetry.WebhookKubeconfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The receiver's options of {@code collect}: where it listens, its token, the webhook kubeconfig it writes. */
final class ReceiverOptions {

    @Option(names = "--listen", paramLabel = "HOST:PORT",
            description = "Run the HTTPS receiver here (POST /v1/audit, /v1/falco, /v1/tetragon), e.g. 127.0.0.1:8443.")
    String listen;

    @Option(names = "--token-file", paramLabel = "F",
            description = "The receiver's bearer token; made (owner-only) when the file does not exist.")
    Path tokenFile;

    @Option(names = "--webhook-kubeconfig", paramLabel = "OUT",
            description = "Write the audit webhook kubeconfig (URL, CA, token) for --audit-webhook-config-file here.")
    Path webhookKubeconfig;

    @Option(names = "--advertise", paramLabel = "HOST",
            description = "The address the API server reaches the receiver by (default: the --listen host). Repeatable.")
    List<String> advertise = new ArrayList<>();

    @Option(names = "--keystore", paramLabel = "F",
            description = "The receiver's key pair, made on first start and kept (default: MODEL.receiver.p12 beside the model).")
    Path keyStore;

    boolean requested() {
        return listen != null;
    }

    /** A receiver with its key pair and token, not yet started. */
    record Prepared(EventReceiver receiver, ReceiverKeys keys, BearerToken token, String advertisedHost,
                    Path webhookKubeconfig) {

        /** The receiver's URL as the API server reaches it; the port is the one it listens on. */
        String url() {
            String host = advertisedHost.contains(":") ? "[" + advertisedHost + "]" : advertisedHost;
            return "https://" + host + ":" + receiver.address().getPort();
        }

        /** Writes the webhook kubeconfig; once the receiver runs, so a port chosen by the system is known. */
        void writeKubeconfig() {
            try {
                WebhookKubeconfig.write(webhookKubeconfig, url(), keys, token);
            } catch (IOException e) {
                throw new CommandFailure(webhookKubeconfig + ": cannot write the webhook kubeconfig ("
                        + e.getMessage() + ")");
            }
        }
    }

    Prepared prepare(Path model) {
        if (tokenFile == null || webhookKubeconfig == null) {
            throw new CommandFailure("--listen needs --token-file and --webhook-kubeconfig");
        }
        InetSocketAddress address = address();
        String host = address.getHostString();
        boolean wildcard = address.getAddress() != null && address.getAddress().isAnyLocalAddress();
        List<String> names = new ArrayList<>(advertise);
        if (names.isEmpty()) {
            if (wildcard) {
                throw new CommandFailure("--listen " + listen + " serves every address: name the one the API server "
                        + "reaches with --advertise HOST");
            }
            names.add(host);
        }
        SecureRandom random = new SecureRandom();
        Path store = keyStore != null ? keyStore : beside(model, ".receiver.p12");
        try {
            ReceiverKeys keys = ReceiverKeys.loadOrCreate(store, names, random);
            BearerToken token = BearerToken.fromFile(tokenFile, random);
            return new Prepared(new EventReceiver(address, keys, token), keys, token, names.get(0), webhookKubeconfig);
        } catch (IOException e) {
            throw new CommandFailure("the receiver cannot start: " + e.getMessage());
        }
    }

    InetSocketAddress address() {
        int colon = listen.lastIndexOf(':');
        if (colon <= 0 || colon == listen.length() - 1) {
            throw new CommandFailure("--listen '" + listen + "': give HOST:PORT, e.g. 127.0.0.1:8443");
        }
        String host = listen.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(listen.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host, port);
        } catch (NumberFormatException e) {
            throw new CommandFailure("--listen '" + listen + "': the port must be a number from 0 to 65535");
        }
    }

    static Path beside(Path model, String suffix) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }
}
