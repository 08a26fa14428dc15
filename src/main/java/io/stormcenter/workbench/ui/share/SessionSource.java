package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.DeployedSecrets;
import java.util.List;

/** Where the dialog gets the sessions of a scope from (a store or the heat panel's observations; a list in tests). */
@FunctionalInterface
public interface SessionSource {

    /** The sessions of the scope; an exception's message tells the user what is wrong with the scope. */
    List<Session> sessions(AttackTree tree, ShareScope scope) throws Exception;

    /** Where the scope's observations come from, in words, for the summary. */
    default String describe(ShareScope scope) {
        if (!scope.fromStore()) {
            return "the heat panel";
        }
        return scope.store().isEmpty() ? "the store beside the model" : scope.store();
    }

    /** The deployment's honeytoken values and names, cut out of the bundle as {@code share} does. */
    default DeployedSecrets deployed(AttackTree tree) throws Exception {
        return DeployedSecrets.NONE;
    }
}
