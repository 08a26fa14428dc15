package io.stormcenter.workbench.telemetry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * How the HTTPS receiver is to run, for {@code collect --listen} and the Live panel: where it
 * listens, the names the API server reaches it by, its token file and key store (made on first
 * start and kept), and where the audit webhook kubeconfig goes.
 *
 * @param advertise the addresses the API server reaches the receiver by; empty: the listening host
 */
public record ReceiverSetup(InetSocketAddress listen, List<String> advertise, Path tokenFile, Path keyStore,
                            Path webhookKubeconfig) {

    public ReceiverSetup {
        advertise = List.copyOf(advertise);
    }

    /**
     * The receiver's files beside the model: {@code MODEL.receiver-token}, {@code MODEL.receiver.p12} and
     * {@code MODEL.audit-webhook.kubeconfig}.
     */
    public static ReceiverSetup besideModel(Path model, InetSocketAddress listen) {
        return new ReceiverSetup(listen, List.of(), beside(model, ".receiver-token"), beside(model, ".receiver.p12"),
                beside(model, ".audit-webhook.kubeconfig"));
    }

    /**
     * {@code HOST:PORT} ({@code [v6]:PORT} for an IPv6 address) as a socket address.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("'" + hostAndPort + "': give HOST:PORT, e.g. 127.0.0.1:8443");
        }
        String host = hostAndPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(hostAndPort.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host, port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + hostAndPort + "': the port must be a number from 0 to 65535", e);
        }
    }

    /** {@code folder/name.json} with {@code suffix}: {@code folder/name<suffix>}. */
    public static Path beside(Path model, String suffix) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    /**
     * A receiver with its key pair and token, not yet started.
     *
     * @throws IllegalArgumentException when it listens on every address and no address to advertise is named
     * @throws IOException              when the key store or the token file cannot be read or made
     */
    public PreparedReceiver prepare(SecureRandom random) throws IOException {
        boolean wildcard = listen.getAddress() != null && listen.getAddress().isAnyLocalAddress();
        List<String> names = new ArrayList<>(advertise);
        if (names.isEmpty()) {
            if (wildcard) {
                throw new IllegalArgumentException(listen.getHostString() + ":" + listen.getPort() + " serves every "
                        + "address: name the one the API server reaches it by");
            }
            names.add(listen.getHostString());
        }
        ReceiverKeys keys = ReceiverKeys.loadOrCreate(keyStore, names, random);
        BearerToken token = BearerToken.fromFile(tokenFile, random);
        return new PreparedReceiver(new EventReceiver(listen, keys, token), keys, token, names.get(0),
                webhookKubeconfig);
    }

    /** A receiver ready to start, and what the API server needs to reach it. */
    public record PreparedReceiver(EventReceiver receiver, ReceiverKeys keys, BearerToken token, String advertisedHost,
                                   Path webhookKubeconfig) {

        /** The receiver's URL as the API server reaches it; the port is the one it listens on, once it runs. */
        public String url() {
            String host = advertisedHost.contains(":") ? "[" + advertisedHost + "]" : advertisedHost;
            return "https://" + host + ":" + receiver.address().getPort();
        }

        /** Writes the audit webhook kubeconfig; once the receiver runs, so a port chosen by the system is known. */
        public void writeKubeconfig() throws IOException {
            WebhookKubeconfig.write(webhookKubeconfig, url(), keys, token);
        }
    }
}
