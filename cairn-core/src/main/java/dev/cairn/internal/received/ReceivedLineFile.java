package dev.cairn.internal.received;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.config.FileOptions;
import dev.cairn.internal.config.FileSinkOptions;
import dev.cairn.internal.config.SinkOption;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.internal.sink.FileSink;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A file of received JSON lines, written by the core's {@link FileSink}: each line as it came, one record per line,
 * rotated, retained, compressed and synced as the {@code cairn.sink.<name>.*} file options of the same names say
 * (docs/configuration.md). Not thread-safe: one writer at a time.
 */
public final class ReceivedLineFile implements AutoCloseable {

    /** The file options a receiver may set, by the names the configuration gives them. */
    public static final List<String> OPTIONS = List.of(
            "max-bytes",
            "backups",
            "rotate",
            "rotate.zone",
            "max-total-bytes",
            "max-age",
            "compress",
            "fsync",
            "fsync.interval");

    private static final Layout VERBATIM = new Layout() {
        @Override
        public void format(LogRecord record, Utf8Output out) {
            out.append(record.message()).append('\n');
        }

        @Override
        public long cut() {
            return 0;
        }
    };

    private final FileSink sink;
    private final ReceivedLine line = new ReceivedLine();

    private ReceivedLineFile(FileSink sink) {
        this.sink = sink;
    }

    /**
     * Opens (creating it owner-only) the file at {@code path} for appending.
     *
     * @param options file options by name (see {@link #OPTIONS}); the others keep the file sink's defaults
     * @param diagnostics where the file sink reports its problems (a failed rotation, narrowed permissions)
     * @throws IllegalArgumentException naming the option, for an unknown option or a value it does not accept
     */
    public static ReceivedLineFile open(Path path, Map<String, String> options, PrintStream diagnostics)
            throws IOException {
        Map<String, String> values = new TreeMap<>(options);
        for (String name : values.keySet()) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown file option " + name + "; expected one of " + String.join(", ", OPTIONS));
            }
        }
        FileOptions file = new FileOptions(
                value(values, FileSinkOptions.MAX_BYTES, "10MB"),
                value(values, FileSinkOptions.ROTATE, "none"),
                value(values, FileSinkOptions.ROTATE_ZONE, "local").equals("utc")
                        ? ZoneOffset.UTC
                        : ZoneId.systemDefault(),
                value(values, FileSinkOptions.BACKUPS, "5"),
                value(values, FileSinkOptions.MAX_TOTAL_BYTES, "0"),
                value(values, FileSinkOptions.MAX_AGE, "0"),
                value(values, FileSinkOptions.COMPRESS, "false"),
                value(values, FileSinkOptions.FSYNC, "on-error"),
                value(values, FileSinkOptions.FSYNC_INTERVAL, "1s"),
                Duration.ofSeconds(5),
                null);
        return new ReceivedLineFile(
                FileSink.open(VERBATIM, path, file, Clock.systemUTC(), new Diagnostics(diagnostics)));
    }

    private static <T> T value(Map<String, String> values, SinkOption<T> option, String fallback) {
        String raw = values.getOrDefault(option.name(), fallback);
        try {
            return option.type().parse(raw.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("file option " + option.name() + "=" + Diagnostics.printable(raw)
                    + " is invalid: expected " + option.type().allowed());
        }
    }

    /**
     * Appends {@code text}, one JSON line without its newline; it stays buffered until {@link #flush()} (or until
     * enough lines are pending).
     */
    public void append(String text) throws IOException {
        line.text = text;
        sink.write(line);
    }

    /**
     * Hands the appended lines to the operating system and forces them to the device when the {@code fsync} option
     * says so ({@code always}: every flush; {@code interval}: at most every {@code fsync.interval}; {@code on-error}
     * and {@code never}: never, as received lines carry no level the file could read).
     */
    public void flush() throws IOException {
        sink.flush();
    }

    /** Lines handed to the operating system so far. */
    public long written() {
        return sink.handedOver();
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }

    /** The record handed to the file sink: only its message, the line, is read by the verbatim layout. */
    private static final class ReceivedLine implements LogRecord {
        String text;

        @Override
        public RecordKind kind() {
            return RecordKind.LOG;
        }

        @Override
        public long epochSecond() {
            return 0;
        }

        @Override
        public int nanoOfSecond() {
            return 0;
        }

        @Override
        public Level level() {
            return Level.INFO;
        }

        @Override
        public String loggerName() {
            return "";
        }

        @Override
        public String message() {
            return text;
        }

        @Override
        public String threadName() {
            return "";
        }

        @Override
        public ContextSnapshot context() {
            return ContextSnapshot.empty();
        }

        @Override
        public int fieldCount() {
            return 0;
        }

        @Override
        public String fieldKey(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public Object fieldValue(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public Throwable throwable() {
            return null;
        }

        @Override
        public StackTraceElement location() {
            return null;
        }
    }
}
