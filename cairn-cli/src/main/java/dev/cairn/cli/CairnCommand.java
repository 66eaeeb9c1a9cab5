package dev.cairn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code cairn} command. Each tool is a subcommand, so later ones ({@code decrypt},
 * {@code serve}) plug in by being added to {@link Cli#commandLine}.
 */
@Command(
        name = "cairn",
        mixinStandardHelpOptions = true,
        versionProvider = CairnCommand.Version.class,
        description =
                "Read, filter, aggregate, trace and report on Cairn JSON-lines logs (also logstash and ECS JSON).",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:nothing matched (no record, no flow, unknown id)",
            "2:bad usage: unknown option, bad value, missing input",
            "3:an input or output failed while running",
            "4:out of memory (run with a larger heap)"
        })
final class CairnCommand implements Runnable {

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    CairnCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "a command is required: view, stats, trace, flows, report, keygen, decrypt, verify or receive");
    }

    /** Reads the version from the jar manifest, so it follows the Maven project version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CairnCommand.class.getPackage().getImplementationVersion();
            return new String[] {"cairn " + (v == null ? "(development build)" : v)};
        }
    }
}
