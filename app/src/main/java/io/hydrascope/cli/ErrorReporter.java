package io.hydrascope.cli;

import picocli.CommandLine;

/** Turns an exception escaping a command into a one-line reason on stderr and exit code 1 (no stack trace). */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        commandLine.getErr().println("hydrascope: " + message);
        if (Boolean.getBoolean("hydrascope.debug")) {
            ex.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return 1;
    }
}
