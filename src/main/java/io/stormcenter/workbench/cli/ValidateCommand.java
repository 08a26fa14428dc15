package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.model.Problem;
import io.stormcenter.workbench.model.TreeValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ksc validate MODEL}: every problem with node id and field; exit 1 when any is an error. */
@Command(name = "validate",
        description = "Checks a model: lists every problem with its node and field. Exit code 1 when there are "
                + "errors; warnings alone pass.")
final class ValidateCommand implements Callable<Integer> {

    private final ModelFiles models;

    ValidateCommand(ModelFiles models) {
        this.models = models;
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.json or ADTool .xml).")
    private Path model;

    @Override
    public Integer call() {
        ReadResult read = models.read(model);
        List<Problem> problems = TreeValidator.validate(read.tree());
        PrintWriter out = spec.commandLine().getOut();
        for (String warning : read.warnings()) {
            out.println("WARNING " + warning);
        }
        for (Problem problem : problems) {
            out.println(problem.describe());
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors + read.warnings().size();
        out.println(model + ": " + Figures.count(read.tree().size(), "node") + ", " + Figures.count(errors, "error")
                + ", " + Figures.count(warnings, "warning") + (errors == 0 ? " - valid" : ""));
        out.flush();
        return errors == 0 ? 0 : FailureReport.FAILED;
    }
}
