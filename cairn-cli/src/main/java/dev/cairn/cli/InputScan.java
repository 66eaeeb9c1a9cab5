package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.input.BadLineLog;
import dev.cairn.cli.input.Chunk;
import dev.cairn.cli.input.ChunkExecutor;
import dev.cairn.cli.input.Input;
import dev.cairn.cli.input.InputResolver;
import dev.cairn.cli.input.LineTally;
import dev.cairn.cli.input.Processed;
import dev.cairn.cli.input.TimeMerge;
import dev.cairn.cli.input.TimedLines;
import dev.cairn.cli.record.ScannedRecord;
import dev.cairn.cli.render.ProgressBar;
import dev.cairn.cli.seal.SealedInputs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * One reading run of a command over its inputs: resolves them, runs the chunk work in parallel,
 * shows progress, and reports skipped lines at the end.
 */
final class InputScan implements AutoCloseable {

    /** Big enough to amortise hand-off costs; smaller when the heap is small or the threads many. */
    static final int CHUNK_SIZE = 2 * 1024 * 1024;

    private final CliContext ctx;
    private final RunOptions run;
    private final List<Input> inputs;
    private final BadLineLog badLines = new BadLineLog();
    private final ChunkExecutor executor;
    private final ProgressBar progress;

    /**
     * @param streamsResults whether the command writes results while reading ({@code view},
     *                       {@code trace}): then a progress bar would tangle with them on a
     *                       terminal, so it is drawn only when stdout goes elsewhere
     */
    InputScan(CliContext ctx, CommandLine cmd, RunOptions run, List<String> args, boolean streamsResults) {
        this.ctx = ctx;
        this.run = run;
        if (run.threads < 1 || run.threads > 256) {
            throw new CommandLine.ParameterException(cmd, "--threads: must be between 1 and 256, got " + run.threads);
        }
        try {
            List<Input> resolved = InputResolver.resolve(args, ctx.stdin());
            this.inputs = !run.key.given()
                    ? resolved
                    : List.of(SealedInputs.decrypt(run.key.read(ctx.env()), resolved, ctx.stderr()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = new ChunkExecutor(
                run.threads, chunkSize(run.threads, Runtime.getRuntime().maxMemory()), badLines);
        boolean showProgress = !run.quiet && ctx.stderrIsTerminal() && !(streamsResults && ctx.stdoutIsTerminal());
        this.progress = showProgress
                ? new ProgressBar(ctx.stderr(), totalSize(inputs), this::bytesRead, System::nanoTime)
                : null;
    }

    /**
     * Chunks in flight get a quarter of the heap (the rest is for their results, the merged
     * counters and the output), so memory stays bounded on any number of cores.
     */
    static int chunkSize(int threads, long maxHeap) {
        long inFlight = ChunkExecutor.chunksInFlight(threads);
        return (int) Math.max(ChunkExecutor.MIN_CHUNK, Math.min(CHUNK_SIZE, maxHeap / 4 / inFlight));
    }

    List<Input> inputs() {
        return inputs;
    }

    BadLineLog badLines() {
        return badLines;
    }

    /**
     * Runs {@code work} on every chunk of every input and hands the results to {@code sink}, on the
     * calling thread: in order within an input, interleaved across inputs. Up to {@code --threads}
     * inputs are read at once, so a folder of small files keeps every worker busy too; use it only
     * where merging does not depend on order (counting).
     */
    <T> void each(Function<Chunk, Processed<T>> work, Consumer<T> sink) throws IOException {
        int window = Math.min(run.threads, inputs.size());
        Iterator<Input> next = inputs.iterator();
        ArrayDeque<ChunkExecutor.Results<T>> open = new ArrayDeque<>();
        try {
            while (next.hasNext() || !open.isEmpty()) {
                while (open.size() < window && next.hasNext()) {
                    open.add(executor.open(next.next(), work, window));
                }
                ChunkExecutor.Results<T> results = open.poll();
                T t = results.next();
                if (t == null) {
                    results.close();
                } else {
                    sink.accept(t);
                    tick();
                    open.add(results);
                }
            }
        } finally {
            for (ChunkExecutor.Results<T> r : open) {
                r.close();
            }
        }
    }

    /** Receives one record that passed the filter, with its line's bytes. */
    @FunctionalInterface
    interface RecordAction<C> {
        void accept(C collector, ScannedRecord record, byte[] line, int from, int to);
    }

    /**
     * Counts every record of every input that {@code filter} passes: each chunk gets a fresh collector from
     * {@code perChunk}, which {@code action} feeds; {@code merge} receives the chunk collectors as {@link #each} does.
     */
    <C> void collect(RecordFilter filter, Supplier<C> perChunk, RecordAction<C> action, Consumer<C> merge)
            throws IOException {
        each(
                chunk -> {
                    C collector = perChunk.get();
                    LineTally tally = chunk.forEachLine(new CollectingSink<>(filter, collector, action));
                    return new Processed<>(collector, tally);
                },
                merge);
    }

    /** Scans each line of a chunk as a record and hands those {@code filter} passes to one collector. */
    private static final class CollectingSink<C> implements Chunk.LineScanningSink {
        private final ScannedRecord record = new ScannedRecord();
        private final RecordFilter filter;
        private final C collector;
        private final RecordAction<C> action;

        CollectingSink(RecordFilter filter, C collector, RecordAction<C> action) {
            this.filter = filter;
            this.collector = collector;
            this.action = action;
        }

        @Override
        public boolean accept(byte[] b, int from, int to) {
            if (!record.scan(b, from, to)) {
                return false;
            }
            collect(b, from, to);
            return true;
        }

        @Override
        public int acceptLine(byte[] b, int from, int limit) {
            int end = record.scanLine(b, from, limit);
            if (end >= 0) {
                collect(b, from, end);
            }
            return end;
        }

        private void collect(byte[] b, int from, int to) {
            if (filter.test(record)) {
                action.accept(collector, record, b, from, to);
            }
        }
    }

    /** Runs {@code work} on every chunk and writes its entries to {@code out}, merged across inputs in time order. */
    long mergeInto(Function<Chunk, Processed<TimedLines>> work, OutputStream out) throws IOException {
        List<ChunkExecutor.Results<TimedLines>> open = new ArrayList<>();
        try {
            for (Input input : inputs) {
                open.add(executor.open(input, work, inputs.size()));
            }
            return TimeMerge.write(open, out, this::tick);
        } finally {
            for (ChunkExecutor.Results<TimedLines> r : open) {
                r.close();
            }
        }
    }

    private void tick() {
        if (progress != null) {
            progress.update();
        }
    }

    /** Clears the progress bar and prints the skipped-lines summary unless quiet. */
    void finish() {
        if (progress != null) {
            progress.clear();
        }
        if (!run.quiet) {
            badLines.summary().forEach(ctx.stderr()::println);
        }
    }

    @Override
    public void close() {
        executor.close();
    }

    private long bytesRead() {
        long n = 0;
        for (Input i : inputs) {
            n += i.bytesRead();
        }
        return n;
    }

    private static long totalSize(List<Input> inputs) {
        long n = 0;
        for (Input i : inputs) {
            long s = i.size();
            if (s < 0) {
                return -1;
            }
            n += s;
        }
        return n;
    }
}
