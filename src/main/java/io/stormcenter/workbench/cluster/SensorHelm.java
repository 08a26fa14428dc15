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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The real thing: {@code helm} from the PATH, each command a child process, output merged, read line by line. */
    public static SensorHelm processes() {
        return processes(locate(System.getenv()).orElse(Path.of("helm")));
    }

    /**
     * Runs the commands with this {@code helm} executable (the one {@link #locate} found), so the
     * binary that was checked is the one that runs, whatever the process's own PATH says.
     */
    public static SensorHelm processes(Path helm) {
        return new SensorHelm((command, lines) -> {
            List<String> resolved = new ArrayList<>(command);
            if (!resolved.isEmpty() && "helm".equals(resolved.get(0))) {
                resolved.set(0, helm.toString());
            }
            Process process = new ProcessBuilder(resolved).redirectErrorStream(true).start();
            try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                reader.lines().forEach(lines);
            }
            return process.waitFor();
        });
    }

    /** The executable {@code helm} in the first of the PATH's folders that has one. */
    public static Optional<Path> locate(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, "helm"))) {
                return Optional.of(Path.of(folder, "helm"));
            }
        }
        return Optional.empty();
    }

    /** Whether an executable {@code helm} is in one of the PATH's folders. */
    public static boolean onPath(Map<String, String> environment) {
        return locate(environment).isPresent();
    }

    /** How many commands {@link #apply} runs for a plan (a repo add and an upgrade per sensor). */
    public static int commandCount(HoneyclusterPlan plan) {
        return 2 * SensorSettings.releases(plan).size();
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
                Path partial = folder.resolve(release.valuesFile() + ".partial");
                Files.writeString(partial, plan.files().get(release.valuesFile()), StandardCharsets.UTF_8);
                Files.move(partial, values, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
