package dev.cairn.spi;

import dev.cairn.Format;
import java.nio.file.Path;
import java.time.Clock;

/** What a {@link SinkProvider} gets to open one configured sink: its name, its options, and the system's services. */
public interface SinkContext {

    /** The sink's name, {@code <name>} in {@code cairn.sink.<name>.*}; also its name in the statistics. */
    String name();

    /**
     * The configured value of {@code option}, already validated, or its default.
     *
     * @throws IllegalArgumentException if the provider does not declare {@code option}
     */
    <T> T option(SinkOption<T> option);

    /**
     * A new encoder writing records as the log system's JSON or text output does (its renames, redaction, value
     * limits, service and host), for this sink's own use.
     *
     * @throws IllegalArgumentException for {@link Format#AUTO}
     */
    RecordEncoder encoder(Format format);

    /** {@code path} resolved against the log system's working directory. */
    Path resolve(String path);

    /** The log system's clock, for timestamps and time-based decisions in the sink. */
    Clock clock();

    /**
     * Reports a problem of the sink on Cairn's diagnostic channel (standard error by default), prefixed with
     * {@code cairn: sink <name>: }. Control characters are escaped; never pass credentials.
     */
    void report(String problem);

    /** The service name the log system's records carry ({@code cairn.service}). */
    String service();

    /** The host name the log system's records carry ({@code cairn.host}). */
    String host();

    /**
     * Whether a value under {@code key} is redacted by the log system's encoders; a sink that writes fields in its own
     * protocol (attributes, structured data, columns) must redact the same keys.
     */
    boolean isSensitive(String key);

    /** The longest value in characters that the log system's encoders write before cutting it. */
    int maxValueLength();

    /**
     * The value of the environment variable {@code variable} as the log system sees it (a test may give the log
     * system an environment of its own), or null when it is not set; never write it to diagnostics.
     */
    String environmentVariable(String variable);
}
