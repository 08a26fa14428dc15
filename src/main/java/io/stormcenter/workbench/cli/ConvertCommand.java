package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.format.TreeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc convert IN OUT}: from one model format to another, chosen by the file extensions. */
@Command(name = "convert",
        description = "Converts a model by file extension: .json (KSC Workbench), .xml (ADTool 2), "
                + ".dot (Graphviz, write only). The output is written atomically.")
final class ConvertCommand implements Callable<Integer> {

    private final ModelFiles models;

    ConvertCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The model to read (.json or .xml).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.json, .xml or .dot).")
    private Path output;

    @Override
    public Integer call() {
        if (!TreeFiles.writable(output)) {
            throw new ParameterException(spec.commandLine(), TreeFiles.unwritable(output));
        }
        ReadResult read = models.read(input);
        for (String warning : read.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        try {
            TreeFiles.write(read.tree(), output);
        } catch (IOException | RuntimeException e) {
            throw new CommandFailure(output + ": cannot be written: " + e.getMessage());
        }
        spec.commandLine().getOut().println("Wrote " + output + " (" + Figures.count(read.tree().size(), "node") + ")");
        return 0;
    }
}
