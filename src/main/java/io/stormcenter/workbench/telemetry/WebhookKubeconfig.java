package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.format.AtomicFileWrite;
import io.stormcenter.workbench.honeycluster.AuditWebhookKubeconfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The kubeconfig the API server's audit webhook backend reads ({@code --audit-webhook-config-file}):
 * the receiver's {@code /v1/audit} URL, its certificate as the CA to trust, and the bearer token.
 * Written owner-only, since it holds the token.
 */
public final class WebhookKubeconfig {

    private WebhookKubeconfig() {
    }

    /** @param serverUrl the receiver's base URL as the API server reaches it ({@code https://10.0.0.5:8443}) */
    public static String text(String serverUrl, ReceiverKeys keys, BearerToken token) {
        String ca = Base64.getEncoder().encodeToString(keys.certificatePem().getBytes(StandardCharsets.US_ASCII));
        return AuditWebhookKubeconfig.text("""
                # Audit webhook backend of the kube-apiserver: sends audit EventLists to the KSC Workbench receiver.
                # Written by 'ksc collect'; holds the receiver's bearer token: keep it readable by root only.
                """, serverUrl + "/v1/audit", ca, token.reveal());
    }

    public static void write(Path file, String serverUrl, ReceiverKeys keys, BearerToken token) throws IOException {
        AtomicFileWrite.replacePrivately(file, text(serverUrl, keys, token).getBytes(StandardCharsets.UTF_8));
    }
}
