package io.stormcenter.workbench.kube;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what fabric8 throws into one line a person understands: the server could not be reached
 * (and why), the credentials were rejected, the action was forbidden, or the server's own reason.
 */
public final class ClusterFailures {

    private ClusterFailures() {
    }

    /** The reason alone, e.g. "connection refused" or "forbidden: secrets is forbidden: ...". */
    public static String reason(Throwable failure, String server, CredentialRedaction redaction) {
        return redaction.apply(plainReason(failure, server));
    }

    /** Whether the failure means the server did not answer at all (as opposed to answering no). */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof HttpTimeoutException || t instanceof InterruptedIOException
                    || t instanceof TimeoutException || t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private static String plainReason(Throwable failure, String server) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "cannot reach " + server + ": unknown host";
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof TimeoutException
                    || t instanceof HttpTimeoutException || t instanceof InterruptedIOException) {
                return "cannot reach " + server + ": no answer in time";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return "cannot reach " + server + ": connection refused";
            }
            if (t instanceof NoSuchFileException missing) {
                return "file " + missing.getFile() + " named in the kubeconfig does not exist";
            }
            if (t instanceof GeneralSecurityException) {
                return "a certificate or key in the kubeconfig cannot be read (" + t.getClass().getSimpleName() + ")";
            }
            if (t instanceof SSLException) {
                return "cannot talk to " + server + ": TLS failed (is the server's certificate authority in the kubeconfig?)";
            }
        }
        KubernetesClientException api = find(failure, KubernetesClientException.class);
        if (api != null && api.getCode() > 0) {
            Status status = api.getStatus();
            String message = status == null || status.getMessage() == null || status.getMessage().isBlank()
                    ? firstLine(api.getMessage()) : status.getMessage();
            return switch (api.getCode()) {
                case 401 -> "the server at " + server + " rejected the credentials (401 Unauthorized)";
                case 403 -> "forbidden: " + message;
                case 404 -> "not found: " + message;
                case 409 -> "conflict: " + message;
                case 422 -> "invalid: " + message;
                default -> message + " (HTTP " + api.getCode() + ")";
            };
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The HTTP status of an API answer, or 0 when there was none. */
    public static int code(Throwable failure) {
        KubernetesClientException api = find(failure, KubernetesClientException.class);
        return api == null ? 0 : api.getCode();
    }
}
