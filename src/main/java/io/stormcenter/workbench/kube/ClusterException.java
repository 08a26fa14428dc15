package io.stormcenter.workbench.kube;

/**
 * A cluster operation that cannot go on, with a message written for the person at the keyboard:
 * one line, no stack trace needed, never a token or certificate (messages pass through
 * {@link CredentialRedaction} before they get here).
 */
public class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }
}
