package io.stormcenter.workbench.stix;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.AttackTree;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deployment knows that must never be shared: the honeytokens' fake credentials (recompiled
 * from the plan as deployed: the same seed gives the same values; the canary service accounts' tokens
 * are minted by the cluster and caught as JWTs by {@link Anonymiser}), the credentials the kubeconfig's user
 * holds inline, and the names that identify the cluster (namespace, context, cluster and user of the
 * kubeconfig, API server host, the deployed objects' names).
 */
public record DeployedSecrets(List<String> secrets, List<String> names) {

    public static final DeployedSecrets NONE = new DeployedSecrets(List.of(), List.of());

    /** The seed {@code generate} and {@code replay} use when none is given. */
    private static final long DEFAULT_SEED = 1;

    public DeployedSecrets {
        secrets = List.copyOf(secrets);
        names = List.copyOf(names);
    }

    /**
     * What the model's honeycluster holds: the deployment recorded beside the model, or, for a model never
     * deployed, the plan {@code generate} and {@code replay} make by default (seed 1), whose matchers
     * a replayed capture was counted with.
     *
     * @throws RuntimeException with a message for the user when the record beside the model is damaged
     */
    public static DeployedSecrets forModel(Path model, AttackTree tree) {
        Optional<DeploymentRecord> record = DeploymentRecordFile.nextTo(model).load();
        if (record.isPresent()) {
            return of(record.get(), tree);
        }
        List<String> secrets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        plan(tree, CompileOptions.seeded(DEFAULT_SEED), secrets, names);
        return new DeployedSecrets(secrets, names);
    }

    /** @param tree the model now, compiled with the record's seed when the record predates keeping the plan */
    public static DeployedSecrets of(DeploymentRecord record, AttackTree tree) {
        List<String> secrets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        add(names, record.namespace());
        add(names, record.context());
        add(names, host(record.server()));
        kubeconfig(record, secrets, names);
        if (record.plan() != null) {
            plan(record.plan().tree(), record.plan().options(), secrets, names);
        } else if (tree != null) {
            plan(tree, CompileOptions.seeded(record.seed()).withNamespace(record.namespace()), secrets, names);
        }
        return new DeployedSecrets(secrets, names);
    }

    /** The names of the plan's objects and the values of its Secrets (the same seed gives the same values). */
    private static void plan(AttackTree tree, CompileOptions options, List<String> secrets, List<String> names) {
        try {
            HoneyclusterPlan plan = new HoneyclusterCompiler().compile(tree, options);
            add(names, plan.namespace());
            for (HasMetadata object : plan.objects()) {
                add(names, object.getMetadata() == null ? null : object.getMetadata().getName());
                if (object instanceof Secret secret) {
                    values(secret.getStringData(), false, secrets);
                    values(secret.getData(), true, secrets);
                }
            }
        } catch (PlanRefusedException | RuntimeException refused) {
            // a plan that no longer compiles has no values to protect beyond the names already known
        }
    }

    /**
     * The context's cluster and user names and the credentials its user holds inline: a token pasted
     * into a command line by whoever ran the attack from the operator's machine must not leave either.
     */
    private static void kubeconfig(DeploymentRecord record, List<String> secrets, List<String> names) {
        if (record.context() == null) {
            return;
        }
        try {
            Kubeconfig kubeconfig = Kubeconfig.load(record.kubeconfig() == null ? KubeconfigLocation.defaults()
                    : KubeconfigLocation.file(Path.of(record.kubeconfig())));
            KubeContext context = kubeconfig.context(record.context());
            add(names, context.cluster());
            add(names, context.user());
            kubeconfig.inlineSecrets(record.context()).forEach(s -> add(secrets, s));
        } catch (ClusterException | IllegalArgumentException gone) {
            // the kubeconfig moved or lost the context: the credential shapes still catch its tokens
        }
    }

    /** These and the share options' own, for one export. */
    public ShareOptions into(ShareOptions options) {
        List<String> allNames = new ArrayList<>(options.names());
        allNames.addAll(names);
        List<String> allSecrets = new ArrayList<>(options.secrets());
        allSecrets.addAll(secrets);
        return new ShareOptions(options.sender(), options.hashAddresses(), allNames, allSecrets);
    }

    private static void values(Map<String, String> data, boolean base64, List<String> out) {
        if (data == null) {
            return;
        }
        for (String value : data.values()) {
            if (value == null) {
                continue;
            }
            String text = value;
            if (base64) {
                try {
                    text = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException notBase64) {
                    text = value;
                }
            }
            add(out, text);
            // a credentials file (key = value lines): each value on its own too
            for (String line : text.split("\\R")) {
                int eq = line.indexOf('=');
                String part = eq >= 0 ? line.substring(eq + 1).strip() : "";
                if (part.length() >= 8) {
                    add(out, part);
                }
            }
        }
    }

    private static String host(String server) {
        try {
            return server == null ? null : URI.create(server).getHost();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static void add(List<String> out, String value) {
        if (value != null && value.length() >= 4 && !out.contains(value)) {
            out.add(value);
        }
    }
}
