package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.input.FileFollower;
import dev.cairn.cli.input.Input;
import dev.cairn.cli.input.LineTally;
import dev.cairn.cli.input.Processed;
import dev.cairn.cli.input.TimedLines;
import dev.cairn.cli.render.ColorMode;
import java.io.IOException;
import java.io.OutputStream;
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

/** {@code cairn view}: filtered records as colored text or unchanged JSON lines, optionally following files. */
@Command(
        name = "view",
        description =
                "Show records as text (Cairn's text format) or as JSON lines, filtered; merged in time order across inputs.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:at least one record shown",
            "1:no record matched",
            "2:bad usage",
            "3:an input or output failed",
            "4:out of memory"
        })
final class ViewCommand implements Callable<Integer> {

    /** How long {@code -f} waits between polls when nothing new arrived. */
    static final long FOLLOW_POLL_MILLIS = 100;

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
            paramLabel = "FORMAT",
            description = "text (default) or json: the matching input lines unchanged.")
    OutputFormat output = OutputFormat.TEXT;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            description = "always, never or auto (default: only on a terminal, and not when NO_COLOR is set).")
    ColorMode color = ColorMode.AUTO;

    @Option(
            names = {"-f", "--follow"},
            description =
                    "Keep reading files as they grow and across rotation (rename + new file, or truncation), until interrupted.")
    boolean follow;

    @Parameters(
            paramLabel = "INPUT",
            description = "Files or folders (read recursively, .gz included); '-' or none for stdin.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        CliContext ctx = parent.context();
        RecordFilter filter = filters.toFilter(spec.commandLine(), ctx.clock());
        boolean colored = output == OutputFormat.TEXT
                && color.enabled(ctx.stdoutIsTerminal(), ctx.env().get("NO_COLOR"));
        OutputStream out = ctx.stdout();
        try (InputScan scan = new InputScan(ctx, spec.commandLine(), run, inputs, true)) {
            long shown;
            if (follow) {
                shown = follow(scan, filter, colored, out);
            } else {
                shown = scan.mergeInto(
                        chunk -> {
                            RecordPrinter printer = new RecordPrinter(filter, output, colored);
                            TimedLines lines = new TimedLines();
                            LineTally tally = chunk.forEachLine(printer.into(lines));
                            return new Processed<>(lines, tally);
                        },
                        out);
            }
            out.flush();
            scan.finish();
            return shown > 0 ? ExitCodes.OK : ExitCodes.NO_MATCH;
        }
    }

    /** Reads every file from its start, then polls for growth until the thread is interrupted. */
    private long follow(InputScan scan, RecordFilter filter, boolean colored, OutputStream out) throws IOException {
        List<FileFollower> followers = new ArrayList<>();
        RecordPrinter printer = new RecordPrinter(filter, output, colored);
        FollowOutput sink = new FollowOutput(out);
        for (Input input : scan.inputs()) {
            if (input.path() == null || input.isGzip()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--follow reads plain files only; '" + input.name() + "' is "
                                + (input.path() == null ? "stdin" : "gzip-compressed"));
            }
            followers.add(new FileFollower(input.path(), (b, from, to, lineNumber) -> {
                if (!printer.accept(b, from, to, sink.lines)) {
                    scan.badLines().add(input, lineNumber);
                }
                sink.writeIfLarge();
            }));
        }
        try {
            while (!Thread.currentThread().isInterrupted()) {
                boolean any = false;
                for (FileFollower f : followers) {
                    any |= f.poll();
                }
                sink.write();
                out.flush();
                if (!any) {
                    Thread.sleep(FOLLOW_POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (FileFollower f : followers) {
                f.close();
            }
        }
        return sink.shown;
    }

    /** Output of {@code --follow}: written after every poll, and sooner while a big file is first read. */
    private static final class FollowOutput {
        private static final int MAX_BUFFERED = 1 << 20;

        private final OutputStream out;
        private final TimedLines lines = new TimedLines();
        private long shown;

        FollowOutput(OutputStream out) {
            this.out = out;
        }

        void writeIfLarge() throws IOException {
            if (lines.byteSize() > MAX_BUFFERED) {
                write();
            }
        }

        void write() throws IOException {
            shown += lines.size();
            lines.drainTo(out);
        }
    }
}
