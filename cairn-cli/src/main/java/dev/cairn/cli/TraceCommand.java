package dev.cairn.cli;

import dev.cairn.cli.flows.FlowCollector;
import dev.cairn.cli.flows.FlowTimeline;
import dev.cairn.cli.flows.Waterfall;
import dev.cairn.cli.input.LineTally;
import dev.cairn.cli.input.Processed;
import dev.cairn.cli.input.TimedLines;
import dev.cairn.cli.json.JsonLineScanner;
import dev.cairn.cli.record.FieldPath;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.RecordDecoder;
import dev.cairn.cli.record.ScannedRecord;
import dev.cairn.cli.render.ColorMode;
import dev.cairn.cli.render.TextRenderer;
import dev.cairn.cli.stats.LatestLines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cairn trace ID}: every record of one trace, request or flow, in time order, with flow waterfalls. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description =
                "Every record whose trace_id, request_id or flow_id is ID, across all inputs in time order, then each finished flow as a waterfall of its steps.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:records found",
            "1:no record has that id",
            "2:bad usage",
            "3:an input or output failed",
            "4:out of memory"
        })
final class TraceCommand implements Callable<Integer> {

    private static final FieldPath[] ID_FIELDS = {
        FieldPath.of("trace_id"), FieldPath.of("request_id"), FieldPath.of("flow_id")
    };
    private static final int MAX_WATERFALLS = 50;

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FORMAT",
            description = "text (default, with waterfalls) or json: the matching lines unchanged.")
    OutputFormat output = OutputFormat.TEXT;

    @Option(names = "--color", paramLabel = "WHEN", description = "always, never or auto (default).")
    ColorMode color = ColorMode.AUTO;

    @Parameters(index = "0", paramLabel = "ID", description = "A trace_id, request_id or flow_id.")
    String id;

    @Parameters(
            index = "1..*",
            paramLabel = "INPUT",
            description = "Files or folders (read recursively, .gz included); '-' or none for stdin.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CliContext ctx = parent.context();
        if (id.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "ID must not be empty");
        }
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        boolean colored = output == OutputFormat.TEXT
                && color.enabled(ctx.stdoutIsTerminal(), ctx.env().get("NO_COLOR"));
        LatestLines flowEnds = new LatestLines(MAX_WATERFALLS);
        OutputStream out = ctx.stdout();
        long shown;
        try (InputScan scan = new InputScan(ctx, spec.commandLine(), run, inputs, true)) {
            shown = scan.mergeInto(
                    chunk -> {
                        ScannedRecord r = new ScannedRecord();
                        TextRenderer renderer = new TextRenderer(colored);
                        TimedLines lines = new TimedLines();
                        LatestLines chunkFlows = new LatestLines(MAX_WATERFALLS);
                        LineTally tally = chunk.forEachLine((b, from, to) -> {
                            if (!r.scan(b, from, to)) {
                                return false;
                            }
                            if (!hasId(r, idBytes)) {
                                return true;
                            }
                            if (FlowCollector.isFlowEnd(r)) {
                                chunkFlows.add(-r.micros(), b, from, to);
                            }
                            if (output == OutputFormat.JSON) {
                                lines.addLine(r.micros(), b, from, to);
                                return true;
                            }
                            Optional<LogRecord> rec = RecordDecoder.decode(b, from, to);
                            rec.ifPresent(x -> lines.addText(r.micros(), renderer.render(x)));
                            return rec.isPresent();
                        });
                        synchronized (flowEnds) {
                            flowEnds.merge(chunkFlows);
                        }
                        return new Processed<>(lines, tally);
                    },
                    out);
            if (output == OutputFormat.TEXT) {
                writeWaterfalls(flowEnds, colored, out);
            }
            out.flush();
            scan.finish();
        }
        if (shown == 0) {
            ctx.stderr().println("cairn trace: no record has trace_id, request_id or flow_id '" + id + "'");
            return ExitCodes.NO_MATCH;
        }
        return ExitCodes.OK;
    }

    private static boolean hasId(ScannedRecord r, byte[] idBytes) {
        for (FieldPath p : ID_FIELDS) {
            int f = r.locate(p);
            JsonLineScanner s = r.located();
            if (f >= 0 && s.textEquals(f, idBytes)) {
                return true;
            }
        }
        return false;
    }

    private static void writeWaterfalls(LatestLines flowEnds, boolean colored, OutputStream out) throws IOException {
        List<LatestLines.Line> lines = flowEnds.descending();
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        Waterfall waterfall = new Waterfall(colored);
        for (LatestLines.Line l : lines) {
            Optional<LogRecord> r = RecordDecoder.decode(l.bytes(), 0, l.bytes().length);
            if (r.isPresent()) {
                sb.append('\n');
                waterfall.render(FlowTimeline.of(r.get()), sb);
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
