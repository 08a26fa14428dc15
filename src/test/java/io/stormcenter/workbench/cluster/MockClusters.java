package io.stormcenter.workbench.cluster;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.CredentialRedaction;
import io.stormcenter.workbench.kube.KubeContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Wiring for tests against the fabric8 mock server (CRUD mode). */
final class MockClusters {

    /** Held so the setting sticks: the mock web server logs every request at INFO. */
    private static final Logger MOCK_LOG = quiet("io.fabric8.mockwebserver");

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    private MockClusters() {
    }

    static ClusterSession session(KubernetesClient client, String contextName) {
        KubeContext context = new KubeContext(contextName, contextName, client.getMasterUrl().toString(), "tester", null);
        return new ClusterSession(context, client, CredentialRedaction.shapesOnly());
    }

    static HoneyclusterDeployer deployer(KubernetesClient client, String contextName, Clock clock) {
        return new HoneyclusterDeployer(session(client, contextName), ApplyMethod.createOrReplace(),
                SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED, clock);
    }

    static void installTracingPolicyCrd(KubernetesClient client) {
        client.apiextensions().v1().customResourceDefinitions().resource(tracingPolicyCrd()).create();
    }

    static void removeTracingPolicyCrd(KubernetesClient client) {
        client.apiextensions().v1().customResourceDefinitions().withName("tracingpolicies.cilium.io").delete();
    }

    static CustomResourceDefinition tracingPolicyCrd() {
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName("tracingpolicies.cilium.io").endMetadata()
                .withNewSpec().withGroup("cilium.io").withScope("Cluster")
                .withNewNames().withKind("TracingPolicy").withPlural("tracingpolicies").withSingular("tracingpolicy")
                .withListKind("TracingPolicyList").endNames()
                .addNewVersion().withName("v1alpha1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema().endVersion()
                .endSpec().build();
    }

    static Status status(int code, String message) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withMessage(message).build();
    }
}
