package dev.cairn.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Builds the command line and runs it against a {@link CliContext}; the only place that maps failures to exit codes. */
public final class Cli {

    private Cli() {}

    /**
     * Runs one invocation and returns its exit code (see {@link ExitCodes}). Running out of memory (an input the
     * line limit let through but the heap could not hold with everything else) ends the run with one line and
     * {@link ExitCodes#OUT_OF_MEMORY}, not a stack trace.
     */
    public static int run(CliContext ctx, String... args) {
        try {
            return commandLine(ctx, args).execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(ctx);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError) {
                    return outOfMemory(ctx);
                }
            }
            throw e;
        }
    }

    private static int outOfMemory(CliContext ctx) {
        ctx.stderr()
                .println("cairn: out of memory (maximum heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MiB); run with a larger heap, e.g. CAIRN_JAVA_OPTS=-Xmx1g");
        return ExitCodes.OUT_OF_MEMORY;
    }

    /** The subcommands by the name their {@code @Command} gives, in the order {@code cairn --help} lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("view", ViewCommand::new);
        COMMANDS.put("stats", StatsCommand::new);
        COMMANDS.put("trace", TraceCommand::new);
        COMMANDS.put("flows", FlowsCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("keygen", KeygenCommand::new);
        COMMANDS.put("decrypt", DecryptCommand::new);
        COMMANDS.put("verify", VerifyCommand::new);
        COMMANDS.put("receive", ReceiveCommand::new);
    }

    /**
     * The command line for {@code invocation}. When the first argument names a subcommand, only that one is built: picocli
     * builds a subcommand's model by reflection when it is added, which cost about a quarter of a short run's CPU
     * time for the eight that would not run. Anything else ({@code --help}, {@code help}, a misspelt name) gets them
     * all.
     */
    static CommandLine commandLine(CliContext ctx, String... invocation) {
        CommandLine cmd = new CommandLine(new CairnCommand(ctx));
        Supplier<Object> invoked = invocation.length > 0 ? COMMANDS.get(invocation[0]) : null;
        if (invoked != null) {
            cmd.addSubcommand(invoked.get());
        } else {
            COMMANDS.values().forEach(c -> cmd.addSubcommand(c.get()));
            cmd.addSubcommand(new CommandLine.HelpCommand());
        }
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(ctx.stdout(), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(ctx.stderr(), true));
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            ctx.stderr()
                    .println(c.getCommandSpec().qualifiedName() + ": " + e.getMessage() + " (see '"
                            + c.getCommandSpec().qualifiedName() + " --help')");
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
            ctx.stderr()
                    .println(c.getCommandSpec().qualifiedName() + ": "
                            + io.getClass().getSimpleName() + ": " + io.getMessage());
            return ExitCodes.IO_ERROR;
        });
        return cmd;
    }
}
