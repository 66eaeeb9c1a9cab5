package dev.cairn.cli.receive;

import dev.cairn.internal.received.ReceivedLineFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where accepted records go: standard output, or a file written by the core's file sink. Shared by every connection:
 * {@link #write} takes one batch at a time and returns once its lines are handed to the operating system (and forced
 * to the device when the file's {@code fsync} option says so), which is when a sender may be acknowledged.
 */
public abstract class RecordOutput implements AutoCloseable {

    private long written;

    /** Standard output, one record per line. */
    public static RecordOutput stdout(OutputStream out) {
        return new RecordOutput() {
            @Override
            void append(byte[] data, int from, int to) throws IOException {
                out.write(data, from, to - from);
                out.write('\n');
            }

            @Override
            void flush() throws IOException {
                out.flush();
            }

            @Override
            void release() throws IOException {
                out.flush();
            }

            @Override
            public String toString() {
                return "standard output";
            }
        };
    }

    /** The file at {@code path}, rotated, retained, compressed and synced as the file {@code options} say. */
    public static RecordOutput file(Path path, Map<String, String> options, PrintStream diagnostics)
            throws IOException {
        ReceivedLineFile file = ReceivedLineFile.open(path, options, diagnostics);
        return new RecordOutput() {
            @Override
            void append(byte[] data, int from, int to) throws IOException {
                file.append(new String(data, from, to - from, StandardCharsets.UTF_8));
            }

            @Override
            void flush() throws IOException {
                file.flush();
            }

            @Override
            void release() throws IOException {
                file.close();
            }

            @Override
            public String toString() {
                return path.toString();
            }
        };
    }

    abstract void append(byte[] data, int from, int to) throws IOException;

    abstract void flush() throws IOException;

    abstract void release() throws IOException;

    /** Writes {@code batch}'s lines and flushes them. */
    public final synchronized void write(LineBatch batch) throws IOException {
        for (int i = 0; i < batch.count(); i++) {
            append(batch.data(), batch.start(i), batch.end(i));
        }
        flush();
        written += batch.count();
    }

    /** Records written so far. */
    public final synchronized long written() {
        return written;
    }

    @Override
    public final synchronized void close() throws IOException {
        release();
    }
}
