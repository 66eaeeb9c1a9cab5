package dev.cairn.spi;

import dev.cairn.Format;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes records as the log system's JSON or text output does, one UTF-8 line each, so that a sink never re-implements
 * the format. Obtained configured from {@code LogSystem.encoder(Format)} or {@link SinkContext#encoder(Format)}.
 *
 * <p>Threading: an encoder belongs to one sink and is called by one thread at a time; it may be re-entered on that
 * thread when a value's {@code toString()} logs, and writes the nested record whole before the outer one.
 */
public interface RecordEncoder {

    /** {@link Format#JSON} or {@link Format#TEXT}. */
    Format format();

    /** Writes {@code record} to {@code out} in one {@code write} call, as one line ending with {@code \n}. */
    void encode(LogRecord record, OutputStream out) throws IOException;
}
