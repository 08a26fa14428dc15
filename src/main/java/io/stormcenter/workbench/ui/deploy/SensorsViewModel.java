package io.stormcenter.workbench.ui.deploy;

import io.stormcenter.workbench.cluster.SensorHelm;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.SensorSettings;
import io.stormcenter.workbench.kube.ClusterException;
import io.stormcenter.workbench.kube.KubeContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Deploy panel's sensor settings: the exact {@code helm} commands and values files the plan
 * ships (Falco's and Tetragon's, see SensorSettings) for the user to read, and, when {@code helm}
 * is on the PATH, a button that runs them on the chosen context with each command and its output
 * under the bar. Without helm it says so and what to run instead. Shares the panel's
 * {@link ClusterWork}: one piece of cluster work at a time, failures as the message.
 */
public final class SensorsViewModel {

    /** Kubescape's operator values: shown, applied by hand (its chart wants the cluster's name). */
    static final String KUBESCAPE_VALUES = "kubescape-values.yaml";

    private final ClusterWork work;
    private final Executor fx;
    private final Map<String, String> environment;
    private final Supplier<KubeContext> context;
    private final Supplier<String> kubeconfigFile;
    private final BooleanSupplier refusedAsProduction;

    private final ReadOnlyStringWrapper settings = new ReadOnlyStringWrapper(this, "settings", "");
    private final ReadOnlyStringWrapper helmState = new ReadOnlyStringWrapper(this, "helmState", "");
    private final ReadOnlyBooleanWrapper helmFound = new ReadOnlyBooleanWrapper(this, "helmFound");
    private final ReadOnlyBooleanWrapper planShown = new ReadOnlyBooleanWrapper(this, "planShown");
    private final BooleanBinding canInstall;
    // the plan whose settings are shown: what Install runs, nothing else (set and read on the FX thread)
    private HoneyclusterPlan shown;

    /**
     * @param environment         where helm is looked for ({@code PATH}): the process's, or a test's
     * @param refusedAsProduction says why nothing goes to an unconfirmed production-looking context, and is true then
     */
    SensorsViewModel(ClusterWork work, Executor fx, Map<String, String> environment, Supplier<KubeContext> context,
                     Supplier<String> kubeconfigFile, BooleanSupplier refusedAsProduction) {
        this.work = work;
        this.fx = fx;
        this.environment = environment;
        this.context = context;
        this.kubeconfigFile = kubeconfigFile;
        this.refusedAsProduction = refusedAsProduction;
        canInstall = Bindings.createBooleanBinding(() -> helmFound.get() && planShown.get() && !work.busyProperty().get(),
                helmFound, planShown, work.busyProperty());
        lookForHelm();
    }

    /** Looks for helm again (the user may have installed it since). */
    public void lookForHelm() {
        Optional<Path> helm = SensorHelm.locate(environment);
        helmFound.set(helm.isPresent());
        helmState.set(helm.map(h -> "helm found at " + h + ": Install runs the commands below on the chosen context")
                .orElse("helm is not on the PATH, so the workbench cannot run these commands. Run them yourself in a"
                        + " folder that holds the values files (ksc generate MODEL -o DIR --seed N writes them),"
                        + " or install helm and press Sensor settings again."));
    }

    /** Compiles the plan on the lane and shows its sensor commands and values. */
    void show(Callable<HoneyclusterPlan> compile) {
        lookForHelm();
        work.run("Reading the sensor settings the plan needs…", task -> {
            HoneyclusterPlan plan = compile.call();
            String text = describe(plan);
            return () -> {
                shown = SensorHelm.commands(plan).isEmpty() ? null : plan;
                planShown.set(shown != null);
                settings.set(text);
                String kubescape = plan.files().containsKey(KUBESCAPE_VALUES)
                        ? "; Kubescape's values are applied by hand (their helm command is at their top)" : "";
                work.say(shown == null && kubescape.isEmpty()
                        ? "This plan needs no sensor settings (no Falco, Tetragon or Kubescape trip-wires)"
                        : SensorHelm.commands(plan).size() + " sensors need the plan's settings" + kubescape
                                + "; until they have them the plan's README lists the trip-wires that stay blind");
            };
        });
    }

    /** The commands, then each values file as the plan ships it. */
    static String describe(HoneyclusterPlan plan) {
        List<String> commands = SensorHelm.commands(plan);
        StringBuilder out = new StringBuilder();
        if (!commands.isEmpty()) {
            out.append("# run in a folder holding the values files below\n");
            commands.forEach(c -> out.append(c).append('\n'));
        }
        for (String file : List.of(SensorSettings.FALCO_VALUES, SensorSettings.TETRAGON_VALUES, KUBESCAPE_VALUES)) {
            String values = plan.files().get(file);
            if (values != null) {
                out.append("\n# ---- ").append(file).append(" ----\n").append(values);
            }
        }
        return out.toString();
    }

    /**
     * Runs the shown plan's commands with helm on the chosen context: values written to a fresh
     * folder, each command and its output a line, the bar moving per command; the first failing
     * command stops the rest and becomes the message.
     */
    public void install() {
        KubeContext chosen = context.get();
        HoneyclusterPlan plan = shown;
        if (plan == null || chosen == null) {
            work.say(chosen == null ? "Choose a context first" : "Press Sensor settings first: Install runs what it shows");
            return;
        }
        if (refusedAsProduction.getAsBoolean()) {
            return;
        }
        lookForHelm();
        Optional<Path> helm = SensorHelm.locate(environment);
        if (helm.isEmpty()) {
            work.say(helmState.get());
            return;
        }
        String kubeconfig = kubeconfigFile.get();
        int total = SensorHelm.commandCount(plan);
        work.runWithProgress("Installing the sensors' settings with helm on " + chosen.name() + "…", task -> {
            Path folder = Files.createTempDirectory("sensor-values-");
            int[] done = {0};
            try {
                SensorHelm.processes(helm.get()).apply(plan, folder, chosen.name(), kubeconfig, line -> {
                    boolean command = line.startsWith("$ ");
                    fx.execute(() -> {
                        work.lines().add(line);
                        if (command) {
                            done[0]++;
                            work.progressTo((double) done[0] / total);
                        }
                    });
                });
            } catch (ClusterException e) {
                throw new ClusterException(e.getMessage() + "; the values are in " + folder);
            }
            return () -> {
                work.progressTo(1);
                work.say("Sensors' settings applied on " + chosen.name() + " (values in " + folder
                        + "); Status checks that they keep every trip-wire seeing");
            };
        });
    }

    /** The commands and values the plan ships, as text to read and copy. */
    public ReadOnlyStringProperty settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Where helm was found, or that it was not and what to do instead. */
    public ReadOnlyStringProperty helmStateProperty() {
        return helmState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helmFoundProperty() {
        return helmFound.getReadOnlyProperty();
    }

    /** helm is there, settings are shown, nothing else runs. */
    public BooleanBinding canInstallProperty() {
        return canInstall;
    }
}
