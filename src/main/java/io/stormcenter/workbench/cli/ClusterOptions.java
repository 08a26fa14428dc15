package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.cluster.ApplyMethod;
import io.stormcenter.workbench.cluster.AuditEventLookup;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Option;

/** The options every cluster command shares: which kubeconfig, and what counts as production. */
final class ClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig file (default: KUBECONFIG, several files merged, else ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--allow-production",
            description = "Allow a context whose name looks like production (see --production-pattern).")
    boolean allowProduction;

    @Option(names = "--production-pattern", paramLabel = "REGEX",
            defaultValue = SafetyPolicy.DEFAULT_PRODUCTION_PATTERN,
            description = "Context names matching this need --allow-production (default: ${DEFAULT-VALUE}).")
    String productionPattern;

    /** The location to use: the option, else the recorded file, else kubectl's default. */
    KubeconfigLocation location(String recorded) {
        if (kubeconfig != null) {
            return KubeconfigLocation.file(kubeconfig);
        }
        return recorded != null ? KubeconfigLocation.file(Path.of(recorded)) : KubeconfigLocation.defaults();
    }

    SafetyPolicy safety() {
        try {
            return SafetyPolicy.defaults().withProductionPattern(productionPattern);
        } catch (PatternSyntaxException e) {
            throw new CommandFailure("--production-pattern is not a valid regular expression: " + e.getDescription());
        }
    }

    static ClusterSession open(KubeconfigLocation location, String context) {
        return ClusterSession.open(Kubeconfig.load(location), context);
    }

    /** The deployer every cluster command uses: server-side apply, these safety rules. */
    HoneyclusterDeployer deployer(ClusterSession session) {
        return new HoneyclusterDeployer(session, ApplyMethod.serverSideApply(), safety(), AuditEventLookup.NOT_COLLECTED,
                Clock.systemUTC());
    }
}
