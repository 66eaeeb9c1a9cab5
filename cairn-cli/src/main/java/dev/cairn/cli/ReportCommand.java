package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.flows.FlowCollector;
import dev.cairn.cli.report.HtmlReport;
import dev.cairn.cli.stats.ChunkStats;
import dev.cairn.cli.stats.MetricsRecords;
import dev.cairn.cli.stats.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

/** {@code cairn report -o FILE}: a self-contained HTML report with charts, from one pass over the inputs. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Write one self-contained HTML file (no network needed to open it) with charts: volume per level over time, latency per flow label, failed flows with their waterfalls, error types, waterfalls of the slowest flows, message patterns, errors by pattern and type, and the metrics records' counts when the logs have them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:report written",
            "1:report written, but no record matched",
            "2:bad usage",
            "3:an input or the output failed",
            "4:out of memory"
        })
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Mixin
    RunOptions run;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "The HTML file to write (replaced atomically if it exists).")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: ${DEFAULT-VALUE}).")
    String title = "Cairn log report";

    @Parameters(
            paramLabel = "INPUT",
            description = "Files or folders (read recursively, .gz included); '-' or none for stdin.")
    List<String> inputs = new ArrayList<>();

    /** What one chunk contributes to the report. */
    private record Part(ChunkStats stats, FlowCollector flows, MetricsRecords metrics) {}

    @Override
    public Integer call() throws IOException {
        CliContext ctx = parent.context();
        Path dir = output.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir) || Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--output: '" + output + "' is not a writable file path (its folder must exist)");
        }
        RecordFilter filter = filters.toFilter(spec.commandLine(), ctx.clock());
        Stats stats = new Stats(10);
        FlowCollector flows = new FlowCollector();
        MetricsRecords metrics = new MetricsRecords();
        try (InputScan scan = new InputScan(ctx, spec.commandLine(), run, inputs, false)) {
            scan.collect(
                    filter,
                    () -> new Part(new ChunkStats(10), new FlowCollector(), new MetricsRecords()),
                    (part, r, b, from, to) -> {
                        part.stats().accept(r, b, from, to);
                        part.flows().accept(r, b, from, to);
                        part.metrics().accept(r, b, from, to);
                    },
                    part -> {
                        stats.merge(part.stats());
                        flows.merge(part.flows());
                        metrics.merge(part.metrics());
                    });
            scan.finish();
        }
        String html = new HtmlReport(title, stats, flows.labels(), metrics).render();
        Path tmp = Files.createTempFile(dir, ".cairn-report", ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        if (!run.quiet) {
            ctx.stderr()
                    .println("cairn report: wrote " + output + " (" + stats.total() + " records, "
                            + flows.labels().size() + " flow labels)");
        }
        return stats.total() > 0 ? ExitCodes.OK : ExitCodes.NO_MATCH;
    }
}
