package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.render.ColorMode;
import dev.cairn.cli.stats.ChunkStats;
import dev.cairn.cli.stats.Stats;
import dev.cairn.cli.stats.StatsFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cairn stats}: counts, rates, top messages and errors over the (filtered) records. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description =
                "Counts by service, level and logger; error rate; top messages and error types; records per minute; active traces; recent errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:at least one record counted",
            "1:no record matched",
            "2:bad usage",
            "3:an input or output failed",
            "4:out of memory"
        })
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    RunOptions run;

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "Rows per table and recent errors shown (default ${DEFAULT-VALUE}).")
    int top = 10;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT",
            description = "text (default) or json.")
    OutputFormat output = OutputFormat.TEXT;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            description = "always, never or auto (default) for the recent errors.")
    ColorMode color = ColorMode.AUTO;

    @Parameters(
            paramLabel = "INPUT",
            description = "Files or folders (read recursively, .gz included); '-' or none for stdin.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CliContext ctx = parent.context();
        if (top < 1 || top > 10_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--top: must be between 1 and 10000, got " + top);
        }
        RecordFilter filter = filters.toFilter(spec.commandLine(), ctx.clock());
        Stats stats = new Stats(top);
        try (InputScan scan = new InputScan(ctx, spec.commandLine(), run, inputs, false)) {
            scan.collect(filter, () -> new ChunkStats(top), ChunkStats::accept, stats::merge);
            scan.finish();
        }
        boolean colored = output == OutputFormat.TEXT
                && color.enabled(ctx.stdoutIsTerminal(), ctx.env().get("NO_COLOR"));
        StatsFormatter formatter = new StatsFormatter(top, colored);
        String text = output == OutputFormat.JSON ? formatter.json(stats) : formatter.text(stats);
        ctx.stdout().write(text.getBytes(StandardCharsets.UTF_8));
        ctx.stdout().flush();
        return stats.total() > 0 ? ExitCodes.OK : ExitCodes.NO_MATCH;
    }
}
