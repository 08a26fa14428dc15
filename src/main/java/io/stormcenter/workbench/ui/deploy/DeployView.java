package io.stormcenter.workbench.ui.deploy;

import atlantafx.base.theme.Styles;
import io.stormcenter.workbench.cluster.PlannedChange;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.ui.controls.DisplayConverter;
import io.stormcenter.workbench.ui.controls.WorkbenchCss;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Deploy panel, a thin view over {@link DeployViewModel}: context picker, namespace, the plan
 * with dry-run results, the confirmation naming context and server, Deploy, progress, Status and
 * Teardown, and the sensors' helm settings; the deployment state goes to the status bar. Built in
 * code; every control has an id.
 */
public final class DeployView extends VBox {

    /**
     * @param tree      the tree to deploy (the window's document)
     * @param modelFile its file, next to which the record lives (null while unsaved)
     */
    public DeployView(DeployViewModel model, Supplier<AttackTree> tree, Supplier<Path> modelFile) {
        this(model, tree, modelFile, nodeId -> { });
    }

    /**
     * @param showNode selects and reveals a node on the canvas (a problem that stops the deploy links to its node)
     */
    public DeployView(DeployViewModel model, Supplier<AttackTree> tree, Supplier<Path> modelFile,
                      Consumer<String> showNode) {
        setId("deploy-view");
        setSpacing(8);
        setPadding(new Insets(10));
        Label kubeconfig = new Label();
        kubeconfig.setId("deploy-kubeconfig");
        kubeconfig.setMaxWidth(Double.MAX_VALUE);
        kubeconfig.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // the file name matters more than its folders
        kubeconfig.textProperty().bind(Bindings.createStringBinding(() -> model.kubeconfigProperty().get() == null
                ? "no kubeconfig loaded" : model.kubeconfigProperty().get().location().description(),
                model.kubeconfigProperty()));
        Tooltip where = new Tooltip();
        where.textProperty().bind(kubeconfig.textProperty());
        kubeconfig.setTooltip(where);
        HBox.setHgrow(kubeconfig, Priority.ALWAYS);
        kubeconfig.setMinWidth(0); // the path gives way, the buttons stay whole
        Button chooseKubeconfig = new Button("Choose…");
        chooseKubeconfig.setId("deploy-kubeconfig-choose");
        chooseKubeconfig.setTooltip(new Tooltip("Use the contexts of another kubeconfig file"));
        chooseKubeconfig.setOnAction(e -> chooseKubeconfigFile(model));
        Button defaultKubeconfig = new Button("Default");
        defaultKubeconfig.setId("deploy-kubeconfig-default");
        defaultKubeconfig.setTooltip(new Tooltip("KUBECONFIG, else ~/.kube/config, as kubectl reads it"));
        defaultKubeconfig.setOnAction(e -> model.useKubeconfig(KubeconfigLocation.defaults()));
        chooseKubeconfig.setMinWidth(Region.USE_PREF_SIZE);
        defaultKubeconfig.setMinWidth(Region.USE_PREF_SIZE);
        // the file on a line of its own: beside the buttons a 340-pixel panel cut even "no kubeconfig loaded"
        VBox kubeconfigRow = new VBox(4, kubeconfig, new HBox(6, chooseKubeconfig, defaultKubeconfig));
        ComboBox<KubeContext> context = new ComboBox<>(model.contexts());
        context.setId("deploy-context");
        context.setMaxWidth(Double.MAX_VALUE);
        context.valueProperty().bindBidirectional(model.contextProperty());
        Button testConnection = new Button("Test");
        testConnection.setId("deploy-test-connection");
        testConnection.setMinWidth(Region.USE_PREF_SIZE);
        testConnection.setTooltip(new Tooltip("Test the connection: the server's version, and whether the user may do"
                + " everything the plan needs"));
        testConnection.setOnAction(e -> model.testConnection(tree.get()));
        HBox.setHgrow(context, Priority.ALWAYS);
        HBox contextRow = new HBox(6, context, testConnection);
        contextRow.setAlignment(Pos.CENTER_LEFT);
        context.setConverter(DisplayConverter.showing(value -> value.name() + "  (" + value.server() + ")"));
        TextField namespace = new TextField();
        namespace.setId("deploy-namespace");
        namespace.setPromptText("namespace (default: chosen per deployment)");
        namespace.textProperty().bindBidirectional(model.namespaceProperty());
        CheckBox production = new CheckBox(DeployViewModel.PRODUCTION_CONFIRMATION);
        production.setId("deploy-production");
        production.setWrapText(true);
        production.getStyleClass().add(Styles.DANGER);
        production.setTooltip(new Tooltip("This context's name looks like production. The workbench sends nothing to it,"
                + " not even a dry run, until you say so; the choice is forgotten when you pick another context."));
        production.selectedProperty().bindBidirectional(model.productionConfirmedProperty());
        production.disableProperty().bind(model.busyProperty());
        Label productionSign = new Label(null, new FontIcon("mdi2a-alert-outline"));
        productionSign.getStyleClass().add(Styles.DANGER);
        HBox productionRow = new HBox(6, productionSign, production);
        productionRow.setAlignment(Pos.CENTER_LEFT);
        productionRow.visibleProperty().bind(model.productionContextProperty());
        productionRow.managedProperty().bind(productionRow.visibleProperty());
        Button preview = new Button("Check plan");
        preview.setId("deploy-preview");
        preview.setOnAction(e -> model.preview(tree.get()));
        ListView<PlannedChange> plan = new ListView<>(model.plan());
        plan.setId("deploy-plan");
        plan.setPrefHeight(220);
        plan.setMinHeight(90); // a few rows stay when the sensors' section opens below
        Label confirmation = new Label();
        confirmation.setId("deploy-confirmation");
        confirmation.setWrapText(true);
        confirmation.setMinHeight(Region.USE_PREF_SIZE); // the whole question, never "..."

        confirmation.textProperty().bind(model.confirmationProperty());
        Button deploy = new Button("Deploy");
        deploy.setId("deploy-run");
        deploy.setDefaultButton(true);
        deploy.disableProperty().bind(model.canDeployProperty().not());
        deploy.setOnAction(e -> model.deploy(tree.get(), modelFile.get()));
        Button status = new Button("Status");
        status.setId("deploy-status");
        status.setOnAction(e -> model.refreshStatus(modelFile.get()));
        Button teardown = new Button("Teardown");
        teardown.setId("deploy-teardown");
        teardown.setOnAction(e -> model.teardown(modelFile.get()));
        for (Button button : new Button[] {chooseKubeconfig, defaultKubeconfig, testConnection, preview, deploy, status,
                teardown}) {
            if (button != deploy) {
                button.disableProperty().bind(model.busyProperty());
            }
        }
        Button cancel = new Button("Stop");
        cancel.setId("deploy-cancel");
        cancel.setTooltip(new Tooltip("Stop after the object being applied or deleted now; the record keeps what was done"));
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("deploy-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        ListView<String> steps = new ListView<>(model.steps());
        steps.setId("deploy-steps");
        steps.setMinHeight(90);
        VBox.setVgrow(steps, Priority.ALWAYS);
        Label message = new Label();
        message.setId("deploy-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add(WorkbenchCss.DEPLOY_MESSAGE);
        VBox problems = planProblems(model, showNode);
        // nothing to send to without a context: the buttons say so by being off
        for (Button needsContext : new Button[] {testConnection, preview, status, teardown}) {
            needsContext.disableProperty().unbind();
            needsContext.disableProperty().bind(model.busyProperty().or(model.contextProperty().isNull()));
        }
        VBox work = new VBox(8, fieldName("Context"), contextRow, productionRow, fieldName("Namespace"), namespace,
                new HBox(8, preview, status, teardown), message, problems, fieldName("Plan (Check plan fills it)"), plan,
                confirmation, new HBox(8, deploy, cancel), progress, fieldName("Objects and findings"), steps,
                sensors(model, tree, modelFile));
        VBox.setVgrow(work, Priority.ALWAYS);
        work.visibleProperty().bind(model.noClusterProperty().not());
        work.managedProperty().bind(work.visibleProperty());
        VBox noCluster = noCluster(model);
        getChildren().addAll(fieldName("Kubeconfig"), kubeconfigRow, noCluster, work);
    }

    /**
     * The sensors' settings: Sensor settings shows the exact helm commands and values the plan
     * ships; Install runs them when helm is on the PATH (the shown text is what runs).
     */
    private static TitledPane sensors(DeployViewModel model, Supplier<AttackTree> tree, Supplier<Path> modelFile) {
        SensorsViewModel sensors = model.sensors();
        Button show = new Button("Sensor settings");
        show.setId("deploy-sensors-show");
        show.setTooltip(new Tooltip("The Falco and Tetragon Helm values the plan's trip-wires need, and the helm"
                + " commands that apply them"));
        show.setOnAction(e -> model.showSensorSettings(tree.get(), modelFile.get()));
        show.disableProperty().bind(model.busyProperty().or(model.contextProperty().isNull()));
        Button install = new Button("Install with helm", new FontIcon("mdi2s-ship-wheel"));
        install.setId("deploy-sensors-install");
        install.setTooltip(new Tooltip("Run the commands below with helm on the chosen context (helm upgrade --install"
                + " --reuse-values keeps the release's other settings)"));
        install.setOnAction(e -> sensors.install());
        install.disableProperty().bind(sensors.canInstallProperty().not());
        Label helm = new Label();
        helm.setId("deploy-helm-state");
        helm.setWrapText(true);
        helm.setMinHeight(Region.USE_PREF_SIZE);
        helm.textProperty().bind(sensors.helmStateProperty());
        TextArea settings = new TextArea();
        settings.setId("deploy-sensor-settings");
        settings.setEditable(false);
        settings.setPrefRowCount(8);
        settings.setMinHeight(150); // the commands stay readable; the lists above give way
        settings.getStyleClass().add(WorkbenchCss.COMMAND);
        settings.textProperty().bind(sensors.settingsProperty());
        settings.visibleProperty().bind(sensors.settingsProperty().isNotEmpty());
        settings.managedProperty().bind(settings.visibleProperty());
        // folded: most deploys need it once per cluster, and the panel has no room to spare
        TitledPane pane = new TitledPane("Sensors (Falco, Tetragon) with helm",
                new VBox(8, new HBox(8, show, install), helm, settings));
        pane.setId("deploy-sensors");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    /** What stops the deploy, one link per problem: a click selects the node to mend, as in Problems. */
    private static VBox planProblems(DeployViewModel model, Consumer<String> showNode) {
        VBox box = new VBox(2);
        box.setId("deploy-plan-problems");
        Runnable fill = () -> {
            box.getChildren().clear();
            for (PlanProblem problem : model.planProblems()) {
                Hyperlink link = new Hyperlink(problem.text(), new FontIcon("mdi2a-alert-circle-outline"));
                link.getStyleClass().add(WorkbenchCss.PLAN_PROBLEM);
                link.setWrapText(true);
                link.setMinHeight(Region.USE_PREF_SIZE);
                link.setDisable(problem.nodeId() == null);
                link.setOnAction(e -> showNode.accept(problem.nodeId()));
                box.getChildren().add(link);
            }
        };
        model.planProblems().addListener((ListChangeListener<PlanProblem>) c -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(model.planProblems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label fieldName(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(WorkbenchCss.FIELD_NAME);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The empty state: no context to deploy to, and how a newcomer gets a cluster. */
    private static VBox noCluster(DeployViewModel model) {
        Label title = new Label("No cluster yet", new FontIcon("mdi2k-kubernetes"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(DeployViewModel.NO_CLUSTER);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, title, text, command("kind create cluster --name ksc"), command("k3d cluster create ksc"));
        box.setId("deploy-no-cluster");
        box.getStyleClass().add(WorkbenchCss.EMPTY_STATE);
        box.visibleProperty().bind(model.noClusterProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A command to copy: a read-only field, so it can be selected and copied whole. */
    private static TextField command(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.getStyleClass().add(WorkbenchCss.COMMAND);
        return field;
    }

    private void chooseKubeconfigFile(DeployViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a kubeconfig");
        Path kubeFolder = Path.of(System.getProperty("user.home"), ".kube");
        if (Files.isDirectory(kubeFolder)) {
            chooser.setInitialDirectory(kubeFolder.toFile());
        }
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.useKubeconfig(KubeconfigLocation.file(chosen.toPath()));
        }
    }
}
