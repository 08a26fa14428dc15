package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ModelFormats;
import io.stormcenter.workbench.format.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ksc convert IN OUT}: from one model format to another. The input's format is what its
 * content says, the output's what its name says.
 */
@Command(name = "convert",
        description = "Converts a model. IN is read in the format its content says (KSC Workbench, ADTool 2, "
                + "a STIX 2.1 bundle or an array of bundles); OUT is written by its name: .json (KSC Workbench), "
                + ".xml (ADTool 2), .stix.json (STIX 2.1 bundle), .dot (Graphviz, write only). "
                + "What was odd in a STIX bundle is listed as warnings. The output is written atomically.")
final class ConvertCommand implements Callable<Integer> {

    private final ModelFiles models;

    ConvertCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The model to read (native, ADTool or STIX).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.json, .xml, .stix.json or .dot).")
    private Path output;

    @Override
    public Integer call() {
        ModelFormats formats = models.formats();
        if (!formats.writable(output)) {
            throw new ParameterException(spec.commandLine(), formats.unwritable(output));
        }
        ReadResult read = models.read(input);
        for (String warning : read.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        try {
            formats.write(read.tree(), output);
        } catch (IOException | RuntimeException e) {
            throw new CommandFailure(output + ": cannot be written: " + e.getMessage());
        }
        spec.commandLine().getOut().println("Wrote " + output + " (" + Figures.count(read.tree().size(), "node") + ")");
        return 0;
    }
}
