package io.stormcenter.workbench.sensor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One Kubernetes audit {@code Event} ({@code audit.k8s.io/v1}, also {@code v1beta1}).
 *
 * @param responseCode      {@code responseStatus.code}, or null before the response
 * @param requestObject     the request body as compact JSON, or null (only at Request level and above)
 * @param responseObject    the response body as compact JSON, or null
 */
public record AuditEvent(String apiVersion, String level, String auditId, String stage, String requestUri,
                         String verb, AuditUser user, AuditUser impersonatedUser, List<String> sourceIps,
                         String userAgent, AuditObjectRef objectRef, Integer responseCode, String requestObject,
                         String responseObject, Instant requestReceivedTimestamp, Instant stageTimestamp,
                         Map<String, String> annotations) implements SensorEvent {

    public static final String RESPONSE_COMPLETE = "ResponseComplete";
    public static final String RESPONSE_STARTED = "ResponseStarted";

    public AuditEvent {
        user = user == null ? new AuditUser("", null, List.of(), Map.of()) : user;
        sourceIps = List.copyOf(sourceIps == null ? List.of() : sourceIps);
        objectRef = objectRef == null ? AuditObjectRef.NONE : objectRef;
        annotations = Map.copyOf(annotations == null ? Map.of() : annotations);
    }

    /** Whether the request is a streaming one (exec, attach, port-forward) whose response never completes. */
    public boolean isStreaming() {
        String sub = objectRef.subresource();
        return "exec".equals(sub) || "attach".equals(sub) || "portforward".equals(sub);
    }

    /**
     * Whether this event is the one that counts for its request: each request is audited at
     * several stages, and is counted once, at ResponseComplete, or at ResponseStarted for
     * streaming requests (their ResponseComplete comes only when the stream ends, if ever).
     * A streaming request the API server refuses never starts a response: its only answer is a
     * 401/403 at ResponseComplete, and a forbidden attempt is still an attempt.
     */
    public boolean isCountedStage() {
        if (!isStreaming()) {
            return RESPONSE_COMPLETE.equals(stage);
        }
        return RESPONSE_STARTED.equals(stage) || RESPONSE_COMPLETE.equals(stage) && isDenied();
    }

    /** The API server refused the request (401/403): an attempt, not a success. */
    public boolean isDenied() {
        return responseCode != null && (responseCode == 401 || responseCode == 403);
    }

    /** The authenticated identity, whoever it impersonated. */
    public String realUsername() {
        return user.username();
    }

    /** The identity that acted: the impersonated user when there is one. */
    public String effectiveUsername() {
        return impersonatedUser != null && !impersonatedUser.username().isEmpty()
                ? impersonatedUser.username() : user.username();
    }
}
