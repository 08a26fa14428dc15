package io.stormcenter.workbench.ui;

import io.stormcenter.workbench.format.TreeFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the demo trees as model files into a folder (for looking at the window by hand). */
public final class WriteDemoModels {

    private WriteDemoModels() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo-models");
        Files.createDirectories(dir);
        TreeFiles.write(DemoTrees.kubecon(), dir.resolve("demo-kubecon.json"));
        TreeFiles.write(DemoTrees.generated(2000, 7), dir.resolve("generated-2000.json"));
        TreeFiles.write(DemoTrees.generated(60, 3), dir.resolve("generated-60.json"));
    }
}
