package io.stormcenter.workbench.honeycluster;

/**
 * The kubeconfig the API server's audit webhook backend reads ({@code --audit-webhook-config-file}):
 * one cluster (the workbench's receiver and the CA to trust it by) and one user (the receiver's bearer
 * token). The plan ships it with parameters for the operator to fill in; {@code collect} writes it
 * filled in.
 */
public final class AuditWebhookKubeconfig {

    private AuditWebhookKubeconfig() {
    }

    /**
     * @param comment lines of YAML comment that head the file (each starting with {@code #}), ending in a newline
     * @param server  the receiver's audit URL
     * @param caData  base64 of the receiver's CA certificate (PEM)
     * @param token   the receiver's bearer token
     */
    public static String text(String comment, String server, String caData, String token) {
        return comment + """
                apiVersion: v1
                kind: Config
                clusters:
                - name: ksc-workbench
                  cluster:
                    server: %s
                    certificate-authority-data: %s
                contexts:
                - name: ksc-workbench
                  context:
                    cluster: ksc-workbench
                    user: kube-apiserver
                current-context: ksc-workbench
                users:
                - name: kube-apiserver
                  user:
                    token: %s
                """.formatted(server, caData, token);
    }
}
