package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.telemetry.ReceiverSetup;
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

    /** A receiver with its key pair and token, not yet started; call {@link #writeKubeconfig} once it runs. */
    ReceiverSetup.PreparedReceiver prepare(Path model) {
        if (tokenFile == null || webhookKubeconfig == null) {
            throw new CommandFailure("--listen needs --token-file and --webhook-kubeconfig");
        }
        InetSocketAddress address;
        try {
            address = ReceiverSetup.address(listen);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--listen " + e.getMessage());
        }
        Path store = keyStore != null ? keyStore : ReceiverSetup.beside(model, ".receiver.p12");
        try {
            return new ReceiverSetup(address, advertise, tokenFile, store, webhookKubeconfig)
                    .prepare(new SecureRandom());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--listen " + e.getMessage() + " with --advertise HOST");
        } catch (IOException e) {
            throw new CommandFailure("the receiver cannot start: " + e.getMessage());
        }
    }

    static void writeKubeconfig(ReceiverSetup.PreparedReceiver receiver) {
        try {
            receiver.writeKubeconfig();
        } catch (IOException e) {
            throw new CommandFailure(receiver.webhookKubeconfig() + ": cannot write the webhook kubeconfig ("
                    + e.getMessage() + ")");
        }
    }
}
