package dev.cairn.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the command line and runs it against a {@link CliContext}; the only place that maps failures to exit codes. */
public final class Cli {

    private Cli() {
    }

    /** Runs one invocation and returns its exit code (see {@link ExitCodes}). */
    public static int run(CliContext ctx, String... args) {
        return commandLine(ctx).execute(args);
    }

    static CommandLine commandLine(CliContext ctx) {
        CommandLine cmd = new CommandLine(new CairnCommand(ctx));
        cmd.addSubcommand(new ViewCommand());
        cmd.addSubcommand(new StatsCommand());
        cmd.addSubcommand(new TraceCommand());
        cmd.addSubcommand(new FlowsCommand());
        cmd.addSubcommand(new ReportCommand());
        cmd.addSubcommand(new CommandLine.HelpCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(ctx.stderr(), true));
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            ctx.stderr().println(c.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                    + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            IOException io = e instanceof IOException i ? i : e instanceof UncheckedIOException u ? u.getCause() : null;
            if (io == null) {
                throw e;
            }
            if (String.valueOf(io.getMessage()).contains("Broken pipe")) {
                // The reader went away (`cairn view | head`): that is how a pipeline ends, not an error.
                return ExitCodes.OK;
            }
            ctx.stderr().println(c.getCommandSpec().qualifiedName() + ": " + io.getClass().getSimpleName() + ": " + io.getMessage());
            return ExitCodes.IO_ERROR;
        });
        return cmd;
    }
}
