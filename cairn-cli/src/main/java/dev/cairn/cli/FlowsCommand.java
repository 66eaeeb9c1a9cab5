package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.flows.FlowCollector;
import dev.cairn.cli.flows.FlowsFormatter;
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

/** {@code cairn flows}: per flow label, counts, failure rate, latency percentiles and the slowest flows. */
@Command(
        name = "flows",
        mixinStandardHelpOptions = true,
        description =
                "Per flow label (from flow_end records): count, failure rate, p50/p95/p99/max of total_ms (within 1%%), the commonest failed_at, the slowest flows.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:flows found",
            "1:no flow_end record",
            "2:bad usage",
            "3:an input or output failed",
            "4:out of memory"
        })
final class FlowsCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    RunOptions run;

    @Option(
            names = "--slowest",
            paramLabel = "N",
            description = "Slowest flows listed per label (default ${DEFAULT-VALUE}, at most 5).")
    int slowest = 3;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT",
            description = "text (default) or json.")
    OutputFormat output = OutputFormat.TEXT;

    @Parameters(
            paramLabel = "INPUT",
            description = "Files or folders (read recursively, .gz included); '-' or none for stdin.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CliContext ctx = parent.context();
        if (slowest < 0 || slowest > 5) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--slowest: must be between 0 and 5, got " + slowest);
        }
        RecordFilter filter = filters.toFilter(spec.commandLine(), ctx.clock());
        FlowCollector flows = new FlowCollector();
        try (InputScan scan = new InputScan(ctx, spec.commandLine(), run, inputs, false)) {
            scan.collect(filter, FlowCollector::new, FlowCollector::accept, flows::merge);
            scan.finish();
        }
        FlowsFormatter formatter = new FlowsFormatter(slowest);
        String text = output == OutputFormat.JSON ? formatter.json(flows.labels()) : formatter.text(flows.labels());
        ctx.stdout().write(text.getBytes(StandardCharsets.UTF_8));
        ctx.stdout().flush();
        return flows.labels().isEmpty() ? ExitCodes.NO_MATCH : ExitCodes.OK;
    }
}
