package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.cluster.ApplyMethod;
import io.stormcenter.workbench.cluster.AuditEventLookup;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.kube.ClusterSession;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.ui.controls.PanelTab;
import io.stormcenter.workbench.ui.deploy.DeployView;
import io.stormcenter.workbench.ui.deploy.DeployViewModel;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/**
 * Puts the Deploy panel into the window. It lives beside the window rather than in the deploy
 * package, so that the deploy views know nothing of the window that holds them.
 */
public final class DeployPanel {

    private DeployPanel() {
    }

    /**
     * Adds the Deploy tab and the status-bar item to the window, wired to the default kubeconfig.
     * Cluster work runs on a lane of the window's, so closing the window stops it.
     */
    public static void install(WorkbenchWindow window) {
        SafetyPolicy safety = SafetyPolicy.defaults();
        DeployViewModel model = new DeployViewModel((kubeconfig, context) -> new HoneyclusterDeployer(
                ClusterSession.open(kubeconfig, context.name()),
                ApplyMethod.serverSideApply(), safety, AuditEventLookup.NOT_COLLECTED,
                Clock.systemUTC()), safety, window.background().lane("deploy", Duration.ZERO), Platform::runLater);
        // no kubeconfig on this machine: the panel says so instead of a picker full of nothing
        model.useKubeconfig(KubeconfigLocation.defaults());
        Tab tab = PanelTab.of("tab-deploy", "Deploy", "mdi2r-rocket-launch-outline",
                "Deploy the honeycluster to a kubeconfig context, check it, tear it down",
                new DeployView(model, window.document()::tree, window.document()::file, nodeId -> {
                    window.editor().select(nodeId);
                    window.editor().reveal(nodeId);
                }));
        window.addRightTab(tab);
        Label state = new Label();
        state.setId("status-deployment");
        state.textProperty().bind(model.deploymentStateProperty());
        window.statusBar().addItem(state);
    }
}
