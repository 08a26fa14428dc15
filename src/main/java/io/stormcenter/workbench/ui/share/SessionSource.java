package io.stormcenter.workbench.ui.share;

import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.heat.TimeWindow;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.stix.DeployedSecrets;
import java.util.List;

/** Where the dialog gets the sessions of a window from (the store beside the model; a list in tests). */
@FunctionalInterface
public interface SessionSource {

    List<Session> sessions(AttackTree tree, TimeWindow window) throws Exception;

    /** The deployment's honeytoken values and names, cut out of the bundle as {@code share} does. */
    default DeployedSecrets deployed(AttackTree tree) throws Exception {
        return DeployedSecrets.NONE;
    }
}
