package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.kube.KubeContext;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the workbench refuses to touch: the system namespaces, and contexts whose name looks like
 * production unless the user overrides it explicitly.
 *
 * @param productionContexts a context whose name matches (find, not full match) needs the override
 */
public record SafetyPolicy(Pattern productionContexts, Set<String> protectedNamespaces) {

    /** "prod", "production" or "live" as a word of the context name: gke_shop-prod_eu, live-1, Production. */
    public static final String DEFAULT_PRODUCTION_PATTERN = "(?i)(^|[^a-z])(prod|production|live)([^a-z]|$)";

    public static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease", "default");

    public SafetyPolicy {
        protectedNamespaces = Set.copyOf(protectedNamespaces);
    }

    public static SafetyPolicy defaults() {
        return new SafetyPolicy(Pattern.compile(DEFAULT_PRODUCTION_PATTERN), SYSTEM_NAMESPACES);
    }

    public SafetyPolicy withProductionPattern(String regex) {
        return new SafetyPolicy(Pattern.compile(regex), protectedNamespaces);
    }

    public boolean looksLikeProduction(KubeContext context) {
        return productionContexts.matcher(context.name()).find();
    }

    /** Refuses a production-looking context unless the user said explicitly that it is meant. */
    public void checkContext(KubeContext context, boolean productionAllowed) {
        if (looksLikeProduction(context) && !productionAllowed) {
            throw new SafetyRefusal("context '" + context.name() + "' (" + context.server()
                    + ") looks like production (its name matches " + productionContexts.pattern()
                    + "); pass --allow-production if you really mean it");
        }
    }

    public void checkNamespace(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            throw new SafetyRefusal("no namespace given: the workbench deploys only into a namespace of its own");
        }
        if (protectedNamespaces.contains(namespace)) {
            throw new SafetyRefusal("namespace '" + namespace + "' is a system namespace; the workbench never touches it");
        }
    }
}
