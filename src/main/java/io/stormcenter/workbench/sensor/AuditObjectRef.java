package io.stormcenter.workbench.sensor;

/** The object an audited request addressed ({@code objectRef}); every field may be null. */
public record AuditObjectRef(String resource, String namespace, String name, String uid, String apiGroup,
                             String apiVersion, String resourceVersion, String subresource) {

    public static final AuditObjectRef NONE = new AuditObjectRef(null, null, null, null, null, null, null, null);
}
