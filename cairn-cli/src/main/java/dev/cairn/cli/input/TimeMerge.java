package dev.cairn.cli.input;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Writes the entries of several inputs in time order, assuming each input is itself in time
 * order (as log files are). Holds one chunk's output per input at a time; ties keep input order.
 */
public final class TimeMerge {

    private TimeMerge() {}

    /** @return the number of entries written */
    public static long write(List<ChunkExecutor.Results<TimedLines>> inputs, OutputStream out, Runnable afterBatch)
            throws IOException {
        PriorityQueue<Cursor> queue = new PriorityQueue<>();
        for (int k = 0; k < inputs.size(); k++) {
            Cursor c = new Cursor(k, inputs.get(k));
            if (c.advance(afterBatch)) {
                queue.add(c);
            }
        }
        long written = 0;
        while (!queue.isEmpty()) {
            Cursor c = queue.poll();
            TimedLines batch = c.batch;
            if (queue.isEmpty()) {
                // The only input left: copy the rest of its batch in one write.
                int from = batch.start(c.entry);
                out.write(batch.bytes(), from, batch.end(batch.size() - 1) - from);
                written += batch.size() - c.entry;
                c.entry = batch.size() - 1;
            } else {
                out.write(batch.bytes(), batch.start(c.entry), batch.end(c.entry) - batch.start(c.entry));
                written++;
            }
            if (c.advance(afterBatch)) {
                queue.add(c);
            }
        }
        return written;
    }

    private static final class Cursor implements Comparable<Cursor> {
        private final int order;
        private final ChunkExecutor.Results<TimedLines> results;
        private TimedLines batch;
        private int entry = -1;

        Cursor(int order, ChunkExecutor.Results<TimedLines> results) {
            this.order = order;
            this.results = results;
        }

        /** Moves to the next entry, fetching batches as needed; false at the end of the input. */
        boolean advance(Runnable afterBatch) throws IOException {
            entry++;
            while (batch == null || entry >= batch.size()) {
                batch = results.next();
                afterBatch.run();
                entry = 0;
                if (batch == null) {
                    return false;
                }
            }
            return true;
        }

        long time() {
            return batch.micros(entry);
        }

        @Override
        public int compareTo(Cursor o) {
            int c = Long.compare(time(), o.time());
            return c != 0 ? c : Integer.compare(order, o.order);
        }
    }
}
