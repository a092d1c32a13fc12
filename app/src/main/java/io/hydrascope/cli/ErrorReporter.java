package io.hydrascope.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into a one-line reason on stderr and exit code 1 (no stack trace), and a
 * usage error into picocli's usual message and help with exit code 2. Messages can quote log text (a file's columns,
 * an account id) or arguments taken from it, so they are printed through {@link TerminalText}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        commandLine.getErr().println("hydrascope: " + TerminalText.safe(message));
        if (Boolean.getBoolean("hydrascope.debug")) {
            ex.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return 1;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(cli.getColorScheme().errorText(TerminalText.safe(ex.getMessage())));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            cli.usage(err, cli.getColorScheme());
        }
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }
}
