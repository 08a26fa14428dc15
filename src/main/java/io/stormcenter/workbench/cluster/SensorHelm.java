package io.stormcenter.workbench.cluster;

import io.stormcenter.workbench.honeycluster.HelmRelease;
import io.stormcenter.workbench.honeycluster.HoneyclusterPlan;
import io.stormcenter.workbench.honeycluster.SensorSettings;
import io.stormcenter.workbench.kube.ClusterException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies a plan's sensor settings with {@code helm} when it is on the PATH: the values files
 * written to a folder, then for each sensor {@code helm repo add} and {@code helm upgrade --install}
 * against the deployment's kubeconfig context. The commands are also given as text, for whoever
 * runs them by hand.
 */
public final class SensorHelm {

    /** Runs one command and returns its exit code; its output goes to the lines consumer. */
    @FunctionalInterface
    public interface Runner {
        int run(List<String> command, Consumer<String> lines) throws IOException, InterruptedException;
    }

    private final Runner runner;

    public SensorHelm(Runner runner) {
        this.runner = runner;
    }

    /** The real thing: a child process, output merged, read line by line. */
    public static SensorHelm processes() {
        return new SensorHelm((command, lines) -> {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                reader.lines().forEach(lines);
            }
            return process.waitFor();
        });
    }

    /** Whether an executable {@code helm} is in one of the PATH's folders. */
    public static boolean onPath(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, "helm"))) {
                return true;
            }
        }
        return false;
    }

    /** The commands for a plan, with the values files named as in a generated plan folder. */
    public static List<String> commands(HoneyclusterPlan plan) {
        return SensorSettings.releases(plan).stream().map(HelmRelease::command).toList();
    }

    /**
     * Writes the values into {@code folder} and runs the commands against the context; stops at
     * the first command that fails, with an error naming it.
     */
    public void apply(HoneyclusterPlan plan, Path folder, String context, String kubeconfig,
                      Consumer<String> lines) {
        for (HelmRelease release : SensorSettings.releases(plan)) {
            Path values = folder.resolve(release.valuesFile());
            try {
                Files.writeString(values, plan.files().get(release.valuesFile()), StandardCharsets.UTF_8);
                run(release.repoAdd(), lines);
                List<String> upgrade = new ArrayList<>(release.upgrade(values.toString()));
                upgrade.add("--kube-context");
                upgrade.add(context);
                if (kubeconfig != null) {
                    upgrade.add("--kubeconfig");
                    upgrade.add(kubeconfig);
                }
                run(upgrade, lines);
            } catch (IOException e) {
                throw new ClusterException("could not run helm for " + release.release() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("helm for " + release.release() + " was interrupted");
            }
        }
    }

    private void run(List<String> command, Consumer<String> lines)
            throws IOException, InterruptedException {
        lines.accept("$ " + String.join(" ", command));
        int code = runner.run(command, lines);
        if (code != 0) {
            throw new ClusterException("'" + String.join(" ", command.subList(0, Math.min(4, command.size())))
                    + "' failed with exit code " + code + " (its output is above)");
        }
    }
}
