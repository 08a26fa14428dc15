package io.stormcenter.workbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failed command into one line on stderr and exit code 1: no stack trace for the user. */
final class FailureReport implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        String message = failure instanceof CommandFailure
                ? failure.getMessage()
                : "unexpected " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        commandLine.getErr().println("ksc " + commandLine.getCommandName() + ": " + message);
        return FAILED;
    }
}
