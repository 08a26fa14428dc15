package io.stormcenter.workbench.ui.deploy;

import io.stormcenter.workbench.cluster.ClusterException;
import io.stormcenter.workbench.cluster.DeployPreview;
import io.stormcenter.workbench.cluster.DeployRequest;
import io.stormcenter.workbench.cluster.DeployResult;
import io.stormcenter.workbench.cluster.DeployablePlan;
import io.stormcenter.workbench.cluster.DeploymentRecordStore;
import io.stormcenter.workbench.cluster.DeploymentStatus;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.KubeContext;
import io.stormcenter.workbench.cluster.Kubeconfig;
import io.stormcenter.workbench.cluster.PlannedChange;
import io.stormcenter.workbench.cluster.ProgressStep;
import io.stormcenter.workbench.cluster.TeardownResult;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Deploy dialog: pick a context, preview the plan (each object's action and dry-run result),
 * deploy with progress, read the status, tear down. The deployment state is a property the status
 * bar can bind to. Every cluster call runs on {@code background}; results are set on {@code fx}.
 */
public final class DeployViewModel {

    private final Function<KubeContext, HoneyclusterDeployer> connect;
    private final Executor background;
    private final Executor fx;

    private final ObservableList<KubeContext> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<KubeContext> context = new SimpleObjectProperty<>(this, "context");
    private final ObservableList<PlannedChange> plan = FXCollections.observableArrayList();
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeployPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<DeploymentStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyStringWrapper deploymentState = new ReadOnlyStringWrapper(this, "deploymentState",
            "not deployed");
    private final BooleanBinding canDeploy;
    private final javafx.beans.property.StringProperty namespace =
            new javafx.beans.property.SimpleStringProperty(this, "namespace", "");

    public DeployViewModel(Function<KubeContext, HoneyclusterDeployer> connect, Executor background, Executor fx) {
        this.connect = connect;
        this.background = background;
        this.fx = fx;
        canDeploy = Bindings.createBooleanBinding(() -> !busy.get() && preview.get() != null
                && preview.get().deployable(), busy, preview);
        context.addListener((obs, old, value) -> {
            preview.set(null);
            plan.clear();
        });
    }

    /** Fills the context picker; selects the kubeconfig's current context. */
    public void loadContexts(Kubeconfig kubeconfig) {
        contexts.setAll(kubeconfig.contexts());
        String current = kubeconfig.currentContext().orElse(null);
        context.set(contexts.stream().filter(c -> c.name().equals(current)).findFirst()
                .orElse(contexts.isEmpty() ? null : contexts.get(0)));
    }

    /** Dry run of the plan on the chosen context; fills the plan list and the confirmation text. */
    public void preview(HoneyclusterPlan compiled) {
        KubeContext chosen = context.get();
        run("Checking the plan on " + chosen.name() + "…", () -> {
            HoneyclusterDeployer deployer = connect.apply(chosen);
            DeployPreview result = deployer.preview(deployer.prepare(compiled));
            String question = deployer.confirmation(result);
            return () -> {
                preview.set(result);
                plan.setAll(result.changes());
                confirmation.set(question);
                message.set(result.summary());
            };
        });
    }

    /** Applies the plan; each object moves the progress bar and adds a line. */
    public void deploy(HoneyclusterPlan compiled, DeployRequest request, DeploymentRecordStore store) {
        KubeContext chosen = context.get();
        steps.clear();
        progress.set(0);
        run("Deploying to " + chosen.name() + "…", () -> {
            HoneyclusterDeployer deployer = connect.apply(chosen);
            DeployablePlan deployable = deployer.prepare(compiled);
            DeployResult result = deployer.deploy(deployable, request, store, this::stepDone);
            return () -> {
                deploymentState.set(result.record().state().words() + " on " + chosen.name());
                message.set(result.failure().map(f -> "Stopped at " + f + " — retry or tear down")
                        .orElse("Deployed " + result.record().id()));
            };
        });
    }

    public void refreshStatus(io.stormcenter.workbench.cluster.DeploymentRecord record) {
        KubeContext chosen = context.get();
        run("Reading the status…", () -> {
            DeploymentStatus result = connect.apply(chosen).status(record);
            return () -> {
                status.set(result);
                message.set(result.summary());
            };
        });
    }

    public void teardown(io.stormcenter.workbench.cluster.DeploymentRecord record, DeploymentRecordStore store,
                         boolean productionAllowed) {
        KubeContext chosen = context.get();
        steps.clear();
        progress.set(0);
        run("Tearing down…", () -> {
            TeardownResult result = connect.apply(chosen).teardown(record, store, productionAllowed, this::stepDone,
                    Duration.ofSeconds(120));
            return () -> {
                deploymentState.set(result.record().state().words());
                message.set(result.complete() ? "Torn down: nothing labelled remains"
                        : result.remaining().size() + " objects remain");
            };
        });
    }

    private void stepDone(ProgressStep step) {
        fx.execute(() -> {
            steps.add("[" + step.done() + "/" + step.total() + "] " + step.outcome() + " " + step.object());
            progress.set(step.total() == 0 ? 1 : (double) step.done() / step.total());
        });
    }

    /** Runs cluster work off the FX thread; a failure becomes the message, never a dialog full of stack. */
    private void run(String starting, Supplier<Runnable> work) {
        busy.set(true);
        message.set(starting);
        background.execute(() -> {
            Runnable show;
            try {
                show = work.get();
            } catch (ClusterException e) {
                show = () -> message.set(e.getMessage());
            }
            Runnable shown = show;
            fx.execute(() -> {
                shown.run();
                busy.set(false);
            });
        });
    }

    // ---- the document's model: compiled on the background thread, record kept next to the file ----

    /** Compiles the tree (namespace field, or the compiler's default) and previews it. */
    public void preview(io.stormcenter.workbench.model.AttackTree tree) {
        compiled(tree).ifPresent(this::preview);
    }

    public void deploy(io.stormcenter.workbench.model.AttackTree tree, java.nio.file.Path modelFile) {
        if (modelFile == null) {
            message.set("Save the model first: its deployment record is kept next to the file");
            return;
        }
        var store = io.stormcenter.workbench.cluster.DeploymentRecordFile.nextTo(modelFile);
        long seed = store.load().map(io.stormcenter.workbench.cluster.DeploymentRecord::seed).orElse(1L);
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(modelFile)));
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            message.set("Cannot read " + modelFile + ": " + e.getMessage());
            return;
        }
        compiled(tree, seed).ifPresent(plan -> deploy(plan, new DeployRequest(hash, null, false), store));
    }

    public void refreshStatus(java.nio.file.Path modelFile) {
        record(modelFile).ifPresent(this::refreshStatus);
    }

    public void teardown(java.nio.file.Path modelFile) {
        record(modelFile).ifPresent(r -> teardown(r,
                io.stormcenter.workbench.cluster.DeploymentRecordFile.nextTo(modelFile), false));
    }

    private java.util.Optional<io.stormcenter.workbench.cluster.DeploymentRecord> record(java.nio.file.Path modelFile) {
        var found = modelFile == null ? java.util.Optional.<io.stormcenter.workbench.cluster.DeploymentRecord>empty()
                : io.stormcenter.workbench.cluster.DeploymentRecordFile.nextTo(modelFile).load();
        if (found.isEmpty()) {
            message.set("No deployment of this model is recorded");
        }
        return found;
    }

    private java.util.Optional<HoneyclusterPlan> compiled(io.stormcenter.workbench.model.AttackTree tree) {
        return compiled(tree, 1L);
    }

    private java.util.Optional<HoneyclusterPlan> compiled(io.stormcenter.workbench.model.AttackTree tree, long seed) {
        if (context.get() == null) {
            message.set("Choose a context first");
            return java.util.Optional.empty();
        }
        String chosen = namespace.get() == null || namespace.get().isBlank() ? null : namespace.get().strip();
        try {
            return java.util.Optional.of(new io.stormcenter.workbench.honeycluster.HoneyclusterCompiler().compile(tree,
                    io.stormcenter.workbench.honeycluster.CompileOptions.seeded(seed).withNamespace(chosen)));
        } catch (io.stormcenter.workbench.honeycluster.PlanRefusedException refused) {
            message.set(refused.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Shows a problem found outside a command (e.g. no kubeconfig when the window opens). */
    public void reportProblem(String text) {
        message.set(text);
    }

    public javafx.beans.property.StringProperty namespaceProperty() {
        return namespace;
    }

    public ObservableList<KubeContext> contexts() {
        return contexts;
    }

    public ObjectProperty<KubeContext> contextProperty() {
        return context;
    }

    public ObservableList<PlannedChange> plan() {
        return plan;
    }

    public ObservableList<String> steps() {
        return steps;
    }

    public ReadOnlyObjectProperty<DeployPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeploymentStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** For the status bar: "deployed on kind-dev", "failed on kind-dev", "torn down", "not deployed". */
    public ReadOnlyStringProperty deploymentStateProperty() {
        return deploymentState.getReadOnlyProperty();
    }

    public BooleanBinding canDeployProperty() {
        return canDeploy;
    }
}
