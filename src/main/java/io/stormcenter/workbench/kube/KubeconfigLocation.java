package io.stormcenter.workbench.kube;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the kubeconfig comes from, the way kubectl decides it: a file the user chose, else the
 * files of {@code KUBECONFIG} (merged, first one wins), else {@code ~/.kube/config}.
 */
public record KubeconfigLocation(List<Path> files, String description) {

    public KubeconfigLocation {
        files = List.copyOf(files);
    }

    public static KubeconfigLocation file(Path file) {
        return new KubeconfigLocation(List.of(file), file.toString());
    }

    /** kubectl's default from an environment and a home folder (passed in, so tests choose them). */
    public static KubeconfigLocation defaults(Map<String, String> environment, Path home) {
        String variable = environment.get("KUBECONFIG");
        if (variable != null && !variable.isBlank()) {
            List<Path> files = new ArrayList<>();
            for (String part : variable.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.strip()));
                }
            }
            return new KubeconfigLocation(files, "KUBECONFIG=" + variable);
        }
        Path file = home.resolve(".kube").resolve("config");
        return new KubeconfigLocation(List.of(file), file.toString());
    }

    /** The default of this process: its environment and {@code user.home}. */
    public static KubeconfigLocation defaults() {
        return defaults(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** How to find it again later (for a deployment record): null for the process default. */
    public String persistedForm() {
        return files.size() == 1 && !description.startsWith("KUBECONFIG=") ? files.get(0).toAbsolutePath().toString()
                : null;
    }
}
