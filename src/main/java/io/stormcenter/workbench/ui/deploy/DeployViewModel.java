package io.stormcenter.workbench.ui.deploy;

import io.stormcenter.workbench.cluster.ConnectionReport;
import io.stormcenter.workbench.cluster.DeployPreview;
import io.stormcenter.workbench.cluster.DeployRequest;
import io.stormcenter.workbench.cluster.DeployResult;
import io.stormcenter.workbench.cluster.DeployablePlan;
import io.stormcenter.workbench.cluster.DeploymentStatus;
import io.stormcenter.workbench.cluster.HoneyclusterDeployer;
import io.stormcenter.workbench.cluster.PlannedChange;
import io.stormcenter.workbench.cluster.SafetyPolicy;
import io.stormcenter.workbench.cluster.TeardownResult;
import io.stormcenter.workbench.deployment.DeploymentRecord;
import io.stormcenter.workbench.deployment.DeploymentRecordFile;
import io.stormcenter.workbench.deployment.DeploymentRecordStore;
import io.stormcenter.workbench.honeycluster.CompileOptions;
import io.stormcenter.workbench.honeycluster.HoneyclusterCompiler;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.PlanRefusedException;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.CredentialRedaction;
import io.stormcenter.workbench.kube.KubeContext;
import io.stormcenter.workbench.kube.Kubeconfig;
import io.stormcenter.workbench.kube.KubeconfigLocation;
import io.stormcenter.workbench.model.AttackTree;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.ui.background.TaskLane;
import io.stormcenter.workbench.ui.controls.ProblemText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Deploy dialog: pick a kubeconfig (the default one, or a file) and a context, preview the plan (each object's action and dry-run result),
 * deploy with progress, read the status, tear down. The deployment state is a property the status
 * bar can bind to. Every cluster call runs on {@code background}; results are set on {@code fx}.
 */
public final class DeployViewModel {

    /** The words of the production override, as the panel shows them. */
    public static final String PRODUCTION_CONFIRMATION = "It is production, and I mean it";

    /** What a newcomer without a cluster reads: how to get one to try the workbench on. */
    public static final String NO_CLUSTER = "Deploying needs a Kubernetes cluster and a kubeconfig context for it."
            + " For one on this machine, install kind or k3d and run one of the commands below; both add their context"
            + " to ~/.kube/config. Then press Default to read it again, or Choose\u2026 for another kubeconfig.";

    private static final String NO_RECORD = "No deployment of this model is recorded";

    private final BiFunction<Kubeconfig, KubeContext, HoneyclusterDeployer> connect;
    private final PlanCompiler compiler;
    private final Function<Path, DeploymentRecordStore> records;
    private final SafetyPolicy safety;
    private final ClusterWork work;
    private final SensorsViewModel sensors;

    private final ReadOnlyObjectWrapper<Kubeconfig> kubeconfig = new ReadOnlyObjectWrapper<>(this, "kubeconfig");
    private final ObservableList<KubeContext> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<KubeContext> context = new SimpleObjectProperty<>(this, "context");
    private final ObservableList<PlannedChange> plan = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeployPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<DeploymentStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyStringWrapper deploymentState = new ReadOnlyStringWrapper(this, "deploymentState",
            "not deployed");
    private final BooleanBinding canDeploy;
    private final StringProperty namespace = new SimpleStringProperty(this, "namespace", "");
    private final ReadOnlyBooleanWrapper productionContext = new ReadOnlyBooleanWrapper(this, "productionContext");
    private final BooleanProperty productionConfirmed = new SimpleBooleanProperty(this, "productionConfirmed");
    private final ReadOnlyBooleanWrapper noCluster = new ReadOnlyBooleanWrapper(this, "noCluster", true);
    private final ObservableList<PlanProblem> planProblems = FXCollections.observableArrayList();
    private final ObservableList<PlanProblem> readOnlyPlanProblems = FXCollections.unmodifiableObservableList(planProblems);
    /** The tree of the last compile: its labels name the problems the compiler found. */
    private AttackTree compiledTree;

    /**
     * @param connect opens a deployer on a context of a kubeconfig (the kubeconfig is null while
     *                the contexts were set directly)
     * @param safety  what counts as production: such a context needs {@link #productionConfirmedProperty()}
     *                before anything, even a dry run, is sent to it (as {@code --allow-production} in the CLI)
     */
    public DeployViewModel(BiFunction<Kubeconfig, KubeContext, HoneyclusterDeployer> connect, SafetyPolicy safety,
                           Executor background, Executor fx) {
        this(connect, safety, TaskLane.immediate(background, fx), fx);
    }

    /**
     * @param lane where cluster calls, compiling the plan and reading the record run; each call
     *             opens one client and closes it when done
     */
    public DeployViewModel(BiFunction<Kubeconfig, KubeContext, HoneyclusterDeployer> connect, SafetyPolicy safety,
                           TaskLane lane, Executor fx) {
        this(connect, safety, lane, fx, System.getenv());
    }

    /** @param environment where the sensors' helm is looked for ({@code PATH}) */
    public DeployViewModel(BiFunction<Kubeconfig, KubeContext, HoneyclusterDeployer> connect, SafetyPolicy safety,
                           TaskLane lane, Executor fx, Map<String, String> environment) {
        this(connect, safety, lane, fx, environment, new HoneyclusterCompiler()::compile, DeploymentRecordFile::nextTo);
    }

    /**
     * @param compiler makes the plan from the tree; called on the lane's thread only
     * @param records  where a model file's deployment record lives; read on the lane's thread only
     */
    public DeployViewModel(BiFunction<Kubeconfig, KubeContext, HoneyclusterDeployer> connect, SafetyPolicy safety,
                           TaskLane lane, Executor fx, Map<String, String> environment, PlanCompiler compiler,
                           Function<Path, DeploymentRecordStore> records) {
        this.compiler = compiler;
        this.records = records;
        this.connect = connect;
        this.safety = safety;
        this.work = new ClusterWork(lane, fx, this::redaction, refusal -> planProblems.setAll(refusal.problems().stream()
                .filter(Problem::isError).map(p -> new PlanProblem(p.nodeId(), ProblemText.describe(p, compiledTree)))
                .toList()));
        this.sensors = new SensorsViewModel(work, fx, environment, context::get, this::kubeconfigFile,
                () -> refusedAsProduction(context.get()));
        canDeploy = Bindings.createBooleanBinding(() -> !work.busyProperty().get() && preview.get() != null
                && preview.get().deployable() && (!productionContext.get() || productionConfirmed.get()),
                work.busyProperty(), preview, productionContext, productionConfirmed);
        context.addListener((obs, old, value) -> {
            preview.set(null);
            plan.clear();
            confirmation.set("");
            // an override given for one context never carries over to another
            productionConfirmed.set(false);
            productionContext.set(value != null && safety.looksLikeProduction(value));
            // what was said about the old context (an error, a status) is not about this one
            work.say("");
            work.lines().clear();
            planProblems.clear();
        });
        contexts.addListener((ListChangeListener<KubeContext>) c -> noCluster.set(contexts.isEmpty()));
    }

    /** Fills the context picker; selects the kubeconfig's current context. */
    public void loadContexts(Kubeconfig loaded) {
        kubeconfig.set(loaded);
        contexts.setAll(loaded.contexts());
        String current = loaded.currentContext().orElse(null);
        context.set(contexts.stream().filter(c -> c.name().equals(current)).findFirst()
                .orElse(contexts.isEmpty() ? null : contexts.get(0)));
    }

    /**
     * Switches to the kubeconfig at a location (a chosen file, or the default). One that cannot be
     * read becomes the message, naming the file, and the kubeconfig in use stays.
     */
    public void useKubeconfig(KubeconfigLocation location) {
        try {
            loadContexts(Kubeconfig.load(location));
            work.say("Contexts of " + location.description());
        } catch (ClusterException e) {
            work.say(e.getMessage());
        }
    }

    /** Dry run of the plan on the chosen context; fills the plan list and the confirmation text. */
    public void preview(HoneyclusterPlan compiled) {
        previewing(() -> compiled);
    }

    private void previewing(PlanSource compiled) {
        KubeContext chosen = context.get();
        if (refusedAsProduction(chosen)) {
            return;
        }
        Kubeconfig config = kubeconfig.get();
        work.run("Checking the plan on " + chosen.name() + "…", task -> {
            HoneyclusterPlan made = compiled.plan();
            try (HoneyclusterDeployer deployer = connect.apply(config, chosen)) {
                DeployPreview result = deployer.preview(deployer.prepare(made));
                String question = deployer.confirmation(result);
                return () -> {
                    preview.set(result);
                    plan.setAll(result.changes());
                    confirmation.set(question);
                    work.say(result.summary());
                };
            }
        });
    }

    /** Applies the plan; each object moves the progress bar and adds a line. */
    public void deploy(HoneyclusterPlan compiled, DeployRequest request, DeploymentRecordStore store) {
        deploy(() -> compiled, () -> request, store);
    }

    /** The plan and the request are made on the lane's thread: compiling, and hashing the model file. */
    private void deploy(PlanSource compiled, Supplier<DeployRequest> request, DeploymentRecordStore store) {
        KubeContext chosen = context.get();
        if (refusedAsProduction(chosen)) {
            return;
        }
        Kubeconfig config = kubeconfig.get();
        work.runCancellable("Deploying to " + chosen.name() + "…", task -> {
            HoneyclusterPlan made = compiled.plan();
            DeployRequest asked = request.get();
            try (HoneyclusterDeployer deployer = connect.apply(config, chosen)) {
                DeployablePlan deployable = deployer.prepare(made);
                DeployResult result = deployer.deploy(deployable, asked, store, work.progress());
                return () -> {
                    deploymentState.set(result.record().state().words() + " on " + chosen.name());
                    work.say(result.failure().map(f -> "Stopped at " + f + " — retry or tear down")
                            .orElse("Deployed " + result.record().id()));
                };
            }
        });
    }

    public void refreshStatus(DeploymentRecord record) {
        refreshingStatus(() -> Optional.of(record));
    }

    private void refreshingStatus(RecordSource record) {
        KubeContext chosen = context.get();
        Kubeconfig config = kubeconfig.get();
        work.run("Reading the status…", task -> {
            Optional<DeploymentRecord> found = record.record();
            if (found.isEmpty()) {
                return () -> work.say(NO_RECORD);
            }
            try (HoneyclusterDeployer deployer = connect.apply(config, chosen)) {
                DeploymentStatus result = deployer.status(found.get());
                return () -> {
                    status.set(result);
                    work.lines().setAll(result.lines());
                    work.say(result.summary());
                };
            }
        });
    }

    /**
     * "Test connection": the server's version and, for each right the plan needs, whether the
     * kubeconfig's user has it; the missing ones are listed, one line per resource.
     */
    public void testConnection(HoneyclusterPlan compiled) {
        testingConnection(() -> compiled);
    }

    private void testingConnection(PlanSource compiled) {
        KubeContext chosen = context.get();
        if (refusedAsProduction(chosen)) {
            return;
        }
        Kubeconfig config = kubeconfig.get();
        work.run("Testing the connection to " + chosen.name() + "…", task -> {
            HoneyclusterPlan made = compiled.plan();
            ConnectionReport report;
            try (HoneyclusterDeployer deployer = connect.apply(config, chosen)) {
                report = deployer.testConnection(deployer.prepare(made));
            }
            return () -> {
                work.lines().setAll(report.lines());
                work.say(report.sufficient()
                        ? "Connected to Kubernetes " + report.version() + "; the user may do what the plan needs"
                        : "The user of '" + chosen.name() + "' lacks " + report.missing().size()
                                + " rights the plan needs (listed above); a deploy would fail");
            };
        });
    }

    public void teardown(DeploymentRecord record, DeploymentRecordStore store,
                         boolean productionAllowed) {
        tearingDown(() -> Optional.of(record), store, productionAllowed);
    }

    private void tearingDown(RecordSource record, DeploymentRecordStore store, boolean productionAllowed) {
        KubeContext chosen = context.get();
        if (!productionAllowed && refusedAsProduction(chosen)) {
            return;
        }
        Kubeconfig config = kubeconfig.get();
        work.runCancellable("Tearing down…", task -> {
            Optional<DeploymentRecord> found = record.record();
            if (found.isEmpty()) {
                return () -> work.say(NO_RECORD);
            }
            TeardownResult result;
            try (HoneyclusterDeployer deployer = connect.apply(config, chosen)) {
                result = deployer.teardown(found.get(), store, productionAllowed, work.progress(), Duration.ofSeconds(120));
            }
            return () -> {
                deploymentState.set(result.record().state().words());
                work.say(result.complete() ? "Torn down: nothing labelled remains"
                        : result.remaining().size() + " objects remain");
            };
        });
    }

    private CredentialRedaction redaction() {
        KubeContext chosen = context.get();
        if (kubeconfig.get() == null || chosen == null) {
            return CredentialRedaction.shapesOnly();
        }
        try {
            return kubeconfig.get().redaction(chosen.name());
        } catch (ClusterException notInThisKubeconfig) {
            return CredentialRedaction.shapesOnly();
        }
    }

    /** Stops a running deploy or teardown after the current object ({@link ClusterWork#cancel()}). */
    public void cancel() {
        work.cancel();
    }

    /** Says why nothing is sent to a production-looking context that the user has not confirmed. */
    private boolean refusedAsProduction(KubeContext chosen) {
        if (chosen == null || !safety.looksLikeProduction(chosen) || productionConfirmed.get()) {
            return false;
        }
        work.say("Context '" + chosen.name() + "' looks like production (its name matches "
                + safety.productionContexts().pattern() + "): nothing is sent to it, not even a dry run, until you tick '"
                + PRODUCTION_CONFIRMATION + "'");
        return true;
    }

    // ---- the document's model: compiled, and its record read, on the lane's thread ----

    /** Makes the plan on the lane's thread. */
    @FunctionalInterface
    private interface PlanSource {
        HoneyclusterPlan plan() throws PlanRefusedException;
    }

    /** Makes a honeycluster plan from a tree ({@link HoneyclusterCompiler#compile} in the window). */
    @FunctionalInterface
    public interface PlanCompiler {
        HoneyclusterPlan compile(AttackTree tree, CompileOptions options) throws PlanRefusedException;
    }

    /** Reads the deployment record on the lane's thread. */
    @FunctionalInterface
    private interface RecordSource {
        Optional<DeploymentRecord> record();
    }

    public void testConnection(AttackTree tree) {
        compiler(tree, () -> 1L).ifPresent(this::testingConnection);
    }

    /** Compiles the tree (namespace field, or the compiler's default) and previews it. */
    public void preview(AttackTree tree) {
        compiler(tree, () -> 1L).ifPresent(this::previewing);
    }

    public void deploy(AttackTree tree, Path modelFile) {
        if (modelFile == null) {
            work.say("Save the model first: its deployment record is kept next to the file");
            return;
        }
        DeploymentRecordStore store = records.apply(modelFile);
        String kubeconfigFile = kubeconfigFile();
        boolean allowProduction = productionConfirmed.get();
        // a redeploy keeps the recorded seed, so the objects keep their names
        compiler(tree, () -> store.load().map(DeploymentRecord::seed).orElse(1L)).ifPresent(plan ->
                deploy(plan, () -> DeployRequest.forModelFile(modelFile, kubeconfigFile, allowProduction), store));
    }

    /**
     * Shows the helm commands and values the plan needs for its sensors (compiled as Deploy would:
     * the recorded seed, the namespace field), which {@link SensorsViewModel#install()} then runs.
     */
    public void showSensorSettings(AttackTree tree, Path modelFile) {
        Supplier<Long> seed = () -> modelFile == null ? 1L
                : records.apply(modelFile).load().map(DeploymentRecord::seed).orElse(1L);
        compiler(tree, seed).ifPresent(plan -> sensors.show(plan::plan));
    }

    public SensorsViewModel sensors() {
        return sensors;
    }

    private String kubeconfigFile() {
        return kubeconfig.get() == null ? null : kubeconfig.get().location().persistedForm();
    }

    public void refreshStatus(Path modelFile) {
        refreshingStatus(recordNextTo(modelFile));
    }

    public void teardown(Path modelFile) {
        if (modelFile == null) {
            work.say(NO_RECORD);
            return;
        }
        tearingDown(recordNextTo(modelFile), records.apply(modelFile), productionConfirmed.get());
    }

    private RecordSource recordNextTo(Path modelFile) {
        return () -> modelFile == null ? Optional.empty() : records.apply(modelFile).load();
    }

    /** How to compile the tree on the lane's thread, with the namespace field as it is now; empty without a context. */
    private Optional<PlanSource> compiler(AttackTree tree, Supplier<Long> seed) {
        if (context.get() == null) {
            work.say("Choose a context first");
            return Optional.empty();
        }
        String chosen = namespace.get() == null || namespace.get().isBlank() ? null : namespace.get().strip();
        compiledTree = tree;
        planProblems.clear();
        return Optional.of(() -> compiler.compile(tree, CompileOptions.seeded(seed.get()).withNamespace(chosen)));
    }

    /** The kubeconfig whose contexts the picker shows (null until one is loaded). */
    public ReadOnlyObjectProperty<Kubeconfig> kubeconfigProperty() {
        return kubeconfig.getReadOnlyProperty();
    }

    /**
     * The kubeconfig itself, writable, for the tests that watch who reads it: what a cluster call
     * needs of it is read on the FX thread before the call is handed to the lane.
     */
    ObjectProperty<Kubeconfig> kubeconfigInput() {
        return kubeconfig;
    }

    public StringProperty namespaceProperty() {
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
        return work.lines();
    }

    public ReadOnlyObjectProperty<DeployPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeploymentStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** Whether a deploy or teardown is running that {@link #cancel()} can stop. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return work.cancellableProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** For the status bar: "deployed on kind-dev", "failed on kind-dev", "torn down", "not deployed". */
    public ReadOnlyStringProperty deploymentStateProperty() {
        return deploymentState.getReadOnlyProperty();
    }

    /** Whether the chosen context looks like production, so the panel shows the override. */
    public ReadOnlyBooleanProperty productionContextProperty() {
        return productionContext.getReadOnlyProperty();
    }

    /** The user's explicit override for a production-looking context; cleared when the context changes. */
    public BooleanProperty productionConfirmedProperty() {
        return productionConfirmed;
    }

    /** No context to deploy to: the panel shows how to get a cluster instead of empty boxes. */
    public ReadOnlyBooleanProperty noClusterProperty() {
        return noCluster.getReadOnlyProperty();
    }

    /** Why the compiler refused the model at the last Check plan, Test or Deploy; empty when it did not. */
    public ObservableList<PlanProblem> planProblems() {
        return readOnlyPlanProblems;
    }

    public BooleanBinding canDeployProperty() {
        return canDeploy;
    }
}
