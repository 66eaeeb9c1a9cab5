package dev.cairn.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Processes inputs chunk by chunk on a fixed pool of worker threads and hands the results back
 * in input order.
 *
 * <p>Concurrency: the calling thread reads chunks (a copy from the page cache, cheap next to
 * parsing) and submits them; workers run the command's chunk function, which must keep its state
 * in the chunk's result; the caller consumes results in order and merges them.
 *
 * <p>Memory: about {@code 2 × threads + 1} chunks are in flight whatever the input size. When
 * several inputs are open at once (a time-ordered merge), they share that budget: each gets
 * smaller chunks and fewer of them, down to one chunk of {@value #MIN_CHUNK} bytes.
 */
public final class ChunkExecutor implements AutoCloseable {

    /**
     * The longest line read: 64 MiB, or a sixteenth of the heap if that is less, so that a line, the chunks around it
     * and the text rendered from it always fit (a 48 MiB line under {@code -Xmx256m} ran out of memory). Longer lines
     * are skipped and counted as bad.
     */
    static final int MAX_LINE = maxLine(Runtime.getRuntime().maxMemory());

    public static final int MIN_CHUNK = 128 * 1024;
    private static final int READ_AHEAD_BLOCK = 1024 * 1024;
    private static final int MIN_READ_AHEAD_BLOCK = 32 * 1024;

    private final ExecutorService pool;
    private final int depth;
    private final int chunkSize;
    private final BadLineLog badLines;

    public ChunkExecutor(int threads, int chunkSize, BadLineLog badLines) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cairn-worker");
            t.setDaemon(true);
            return t;
        });
        this.depth = chunksInFlight(threads);
        this.chunkSize = chunkSize;
        this.badLines = badLines;
    }

    static int maxLine(long maxHeap) {
        return (int) Math.min(64L * 1024 * 1024, maxHeap / 16);
    }

    /** Chunks in flight for one input: enough to keep every worker busy while the next is read. */
    public static int chunksInFlight(int threads) {
        return threads * 2 + 1;
    }

    /** Starts reading {@code input}; close the returned results when done with them. */
    public <T> Results<T> open(Input input, Function<Chunk, Processed<T>> work) throws IOException {
        return open(input, work, 1);
    }

    /**
     * Starts reading {@code input} as one of {@code openInputs} inputs read at the same time,
     * which share the memory budget.
     */
    public <T> Results<T> open(Input input, Function<Chunk, Processed<T>> work, int openInputs) throws IOException {
        int share = Math.max(1, openInputs);
        int size = Math.max(MIN_CHUNK, chunkSize / share);
        int inputDepth = Math.max(1, depth / share);
        int readAhead = Math.max(MIN_READ_AHEAD_BLOCK, READ_AHEAD_BLOCK / share);
        return new Results<>(input, input.open(readAhead), work, size, inputDepth);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The processed chunks of one input, in order. */
    public final class Results<T> implements AutoCloseable {
        private final Input input;
        private final InputStream stream;
        private final ChunkReader reader;
        private final Function<Chunk, Processed<T>> work;
        private final ArrayDeque<Future<Processed<T>>> inFlight = new ArrayDeque<>();
        private final int maxInFlight;
        private long nextLine = 1;
        private boolean exhausted;

        private Results(
                Input input, InputStream stream, Function<Chunk, Processed<T>> work, int size, int maxInFlight) {
            this.input = input;
            this.stream = stream;
            // One buffer per chunk in flight, one being filled, one the worker has finished with.
            this.reader = new ChunkReader(stream, new ChunkBuffers(size, maxInFlight + 2), MAX_LINE);
            this.work = work;
            this.maxInFlight = maxInFlight;
        }

        public Input input() {
            return input;
        }

        /** The next chunk's result, or null when the input is exhausted. */
        public T next() throws IOException {
            fill();
            Future<Processed<T>> f = inFlight.poll();
            if (f == null) {
                return null;
            }
            fill();
            Processed<T> p = await(f);
            badLines.add(input, nextLine, p.tally());
            nextLine += p.tally().lines();
            return p.value();
        }

        private void fill() throws IOException {
            while (!exhausted && inFlight.size() < maxInFlight && (inFlight.isEmpty() || reader.ready())) {
                Chunk c = reader.next();
                if (c == null) {
                    exhausted = true;
                    if (reader.damage() != null) {
                        badLines.damaged(input, reader.damage());
                    }
                } else {
                    inFlight.add(pool.submit(() -> process(c)));
                }
            }
        }

        /** Runs the work on a worker; its result holds copies of what it keeps, so the buffer is reused after. */
        private Processed<T> process(Chunk c) {
            try {
                return work.apply(c);
            } finally {
                reader.release(c);
            }
        }

        private Processed<T> await(Future<Processed<T>> f) throws IOException {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IOException(cause);
            }
        }

        @Override
        public void close() throws IOException {
            inFlight.forEach(f -> f.cancel(true));
            stream.close();
        }
    }
}
