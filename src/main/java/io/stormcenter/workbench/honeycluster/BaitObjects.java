package io.stormcenter.workbench.honeycluster;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bait's objects: the SSH pod with a weak login (an ordinary openssh-server image) or the
 * exposed-dashboard decoy (a static page behind nginx), its Service, the honeytokens mounted in
 * it and the canary token it carries.
 */
final class BaitObjects {

    static final String NAME_LABEL = "app.kubernetes.io/name";

    /** A honeytoken to mount into a bait. */
    record Mount(String secret, HoneytokenFlavor flavor, String path) {
    }

    private BaitObjects() {
    }

    /**
     * The openssh-server image's own settings (its README's variables): password login on, the
     * weak login, sudo with that password. Another image gets none: its own settings are the model's.
     */
    private static List<EnvVar> environment(TripwireParams.Bait bait, String image, SshLogin login) {
        if (bait.workload() != BaitWorkload.SSH || !image.equals(BaitWorkload.SSH.defaultImage())) {
            return List.of();
        }
        return List.of(env("PUID", "1000"), env("PGID", "1000"), env("TZ", "Etc/UTC"),
                env("PASSWORD_ACCESS", "true"), env("SUDO_ACCESS", "true"), env("USER_NAME", login.user()),
                env("USER_PASSWORD", login.password()));
    }

    private static EnvVar env(String name, String value) {
        return new EnvVarBuilder().withName(name).withValue(value).build();
    }

    static List<HasMetadata> objects(TripwireParams.Bait bait, String name, String namespace, Map<String, String> labels,
                                     List<Mount> mounts, String serviceAccount, SshLogin login) {
        Map<String, String> podLabels = new TreeMap<>(labels);
        podLabels.put(NAME_LABEL, name);
        String image = bait.image() != null ? bait.image() : bait.workload().defaultImage();
        List<VolumeMount> volumeMounts = new ArrayList<>();
        List<Volume> volumes = new ArrayList<>();
        for (Mount mount : mounts) {
            List<KeyToPath> items = HoneytokenSecrets.mountedFiles(mount.flavor()).entrySet().stream()
                    .map(e -> new KeyToPathBuilder().withKey(e.getKey()).withPath(e.getValue()).build()).toList();
            volumes.add(new VolumeBuilder().withName(mount.secret())
                    .withNewSecret().withSecretName(mount.secret()).withItems(items.isEmpty() ? null : items).endSecret()
                    .build());
            volumeMounts.add(new VolumeMountBuilder().withName(mount.secret()).withMountPath(mount.path())
                    .withReadOnly(true).build());
        }
        List<HasMetadata> objects = new ArrayList<>();
        if (bait.workload() == BaitWorkload.DASHBOARD) {
            String html = name + "-html";
            objects.add(new ConfigMapBuilder()
                    .withNewMetadata().withName(html).withNamespace(namespace).withLabels(labels).endMetadata()
                    .withData(new TreeMap<>(Map.of("index.html", DashboardPage.HTML)))
                    .build());
            volumes.add(new VolumeBuilder().withName("html").withNewConfigMap().withName(html).endConfigMap().build());
            volumeMounts.add(new VolumeMountBuilder().withName("html").withMountPath("/usr/share/nginx/html")
                    .withReadOnly(true).build());
        }
        Container container = new ContainerBuilder()
                .withName(bait.workload() == BaitWorkload.SSH ? "sshd" : "dashboard")
                .withImage(image)
                .addNewPort().withName(bait.workload().portName()).withContainerPort(bait.workload().containerPort()).withProtocol("TCP").endPort()
                .withNewResources()
                .withRequests(new TreeMap<>(Map.of("cpu", new Quantity("50m"), "memory", new Quantity("64Mi"))))
                .withLimits(new TreeMap<>(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("256Mi"))))
                .endResources()
                .withEnv(environment(bait, image, login))
                .withVolumeMounts(volumeMounts)
                .withNewSecurityContext().withAllowPrivilegeEscalation(bait.workload() == BaitWorkload.SSH)
                .withRunAsNonRoot(bait.workload() == BaitWorkload.SSH ? null : Boolean.TRUE).endSecurityContext()
                .build();
        PodSpec spec = new PodSpecBuilder()
                .withContainers(container)
                .withVolumes(volumes)
                .withServiceAccountName(serviceAccount)
                // Only a bait that carries a canary gets an API token: the token is the trip-wire.
                .withAutomountServiceAccountToken(serviceAccount != null)
                .withEnableServiceLinks(false)
                .build();
        if (bait.workload() == BaitWorkload.SSH) {
            objects.add(new PodBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace).withLabels(podLabels).endMetadata()
                    .withSpec(spec).build());
        } else {
            objects.add(new DeploymentBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace).withLabels(podLabels).endMetadata()
                    .withNewSpec().withReplicas(1)
                    .withNewSelector().withMatchLabels(Map.of(NAME_LABEL, name)).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(podLabels).endMetadata().withSpec(spec).endTemplate()
                    .endSpec().build());
        }
        objects.add(new ServiceBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(podLabels).endMetadata()
                .withNewSpec().withType(bait.expose().serviceType())
                .withSelector(Map.of(NAME_LABEL, name))
                .addNewPort().withName(bait.workload().portName()).withProtocol("TCP").withPort(bait.port())
                .withTargetPort(new IntOrString(bait.workload().containerPort())).endPort()
                .endSpec().build());
        return objects;
    }
}
