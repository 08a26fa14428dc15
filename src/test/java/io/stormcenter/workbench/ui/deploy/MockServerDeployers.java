package io.stormcenter.workbench.ui.deploy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.stormcenter.workbench.cluster.ApplyMethod;
import io.stormcenter.workbench.cluster.AuditEventLookup;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.CredentialRedaction;
import io.stormcenter.workbench.kube.KubeContext;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** The Deploy panel's connections in tests: each call opens its own client to the fabric8 mock server, as the window does. */
final class MockServerDeployers {

    private MockServerDeployers() {
    }

    /** @param opened hears each client opened, so a test can check it was closed */
    static HoneyclusterDeployer connect(KubernetesClient server, KubeContext context, Consumer<KubernetesClient> opened) {
        KubernetesClient connection = new KubernetesClientBuilder().withConfig(server.getConfiguration()).build();
        opened.accept(connection);
        return new HoneyclusterDeployer(new ClusterSession(context, connection, CredentialRedaction.shapesOnly()),
                ApplyMethod.createOrReplace(), SafetyPolicy.defaults(), AuditEventLookup.NOT_COLLECTED,
                Clock.systemUTC(), Duration.ZERO);
    }
}
