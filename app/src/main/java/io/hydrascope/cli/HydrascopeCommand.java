package io.hydrascope.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of Hydrascope: {@code hydrascope <command>}. Every subcommand calls the same engine services the
 * window uses. Exit codes: 0 success, 1 failure while running, 2 bad usage.
 */
@Command(name = "hydrascope", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Investigation workbench for distillation attacks in API logs.",
        subcommands = {
            IngestCommand.class,
            InfoCommand.class,
            QuarantineCommand.class,
            AnalyzeCommand.class,
            AccountsCommand.class,
            ClustersCommand.class,
            TopicsCommand.class,
            EvaluateCommand.class,
            TrainTopicsCommand.class,
            SearchCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
            GenerateCommand.class,
        })
public final class HydrascopeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the process streams. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line in-process with the given streams (used by tests and the launcher). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HydrascopeCommand());
        cli.setOut(out);
        cli.setErr(err);
        ErrorReporter errors = new ErrorReporter();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
