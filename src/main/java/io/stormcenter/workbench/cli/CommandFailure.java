package io.stormcenter.workbench.cli;

/** A command could not do its work for a reason the user can fix; the message is the whole story. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message, null, false, false);
    }
}
