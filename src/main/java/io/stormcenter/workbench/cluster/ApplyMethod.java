package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;

/**
 * How an object is written to the cluster. Real servers get server-side apply; a server without
 * it (the fabric8 mock server) gets create-or-replace.
 */
public interface ApplyMethod {

    /**
     * The field manager named in every server-side apply. Whoever reads an object reads its
     * {@code managedFields}, the bait's rights included, so it is the one {@code kubectl apply
     * --server-side} writes, not the workbench's name.
     */
    String FIELD_MANAGER = "kubectl";

    /** Writes the object the handle was made for; returns what the server stored. */
    GenericKubernetesResource apply(Resource<GenericKubernetesResource> handle);

    /**
     * What the object would become, without storing it; throws what the server would reject.
     *
     * @param desired the object the handle was made for
     */
    GenericKubernetesResource dryRun(Resource<GenericKubernetesResource> handle, GenericKubernetesResource desired);

    /** Whether {@link #dryRun} asked the server, or only echoed the object. */
    boolean serverValidates();

    String description();

    /** Server-side apply with field manager {@value #FIELD_MANAGER}, taking over conflicting fields. */
    static ApplyMethod serverSideApply() {
        return new ApplyMethod() {
            @Override
            public GenericKubernetesResource apply(Resource<GenericKubernetesResource> handle) {
                // forced: another manager (kubectl edit) may have changed a field the plan sets; the plan wins
                return handle.fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
            }

            @Override
            public GenericKubernetesResource dryRun(Resource<GenericKubernetesResource> handle,
                                                    GenericKubernetesResource desired) {
                return handle.dryRun().fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
            }

            @Override
            public boolean serverValidates() {
                return true;
            }

            @Override
            public String description() {
                return "server-side apply (field manager " + FIELD_MANAGER + ")";
            }
        };
    }

    /**
     * Create, or replace what exists. The fabric8 mock server ignores {@code dryRun=All} and would
     * store the object, so the dry run here only echoes the object.
     */
    static ApplyMethod createOrReplace() {
        return new ApplyMethod() {
            @Override
            public GenericKubernetesResource apply(Resource<GenericKubernetesResource> handle) {
                return handle.unlock().createOr(operation -> operation.update());
            }

            @Override
            public GenericKubernetesResource dryRun(Resource<GenericKubernetesResource> handle,
                                                    GenericKubernetesResource desired) {
                return desired;
            }

            @Override
            public boolean serverValidates() {
                return false;
            }

            @Override
            public String description() {
                return "create or replace (no server-side dry run)";
            }
        };
    }
}
