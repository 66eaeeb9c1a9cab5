package dev.cairn.delivery;

import dev.cairn.internal.config.ValueType;
import dev.cairn.spi.SinkOption;
import java.time.Duration;
import java.util.List;

/**
 * The options every sink built on a {@link DeliveryChannel} accepts, set as {@code cairn.sink.<name>.<option>}; a
 * sink type lists {@link #ALL} among its own options.
 */
public final class DeliveryOptions {

    private static final ValueType<Long> SIZE = ValueType.size("512KB, 1MB or 256MB");
    private static final ValueType<Duration> DURATION = ValueType.duration("200ms, 1s or 30s");

    /** {@code batch.max-records}: records sent in one batch at most. */
    public static final SinkOption<Integer> BATCH_MAX_RECORDS =
            SinkOption.integer("batch.max-records", 1, 100_000, 512);

    /** {@code batch.max-bytes}: bytes of encoded records in one batch at most (a larger record is sent alone). */
    public static final SinkOption<Long> BATCH_MAX_BYTES = size("batch.max-bytes", 1024, 64L << 20, 1L << 20);

    /** {@code batch.max-delay}: how long a record waits for others to fill its batch before the batch is sent. */
    public static final SinkOption<Duration> BATCH_MAX_DELAY =
            duration("batch.max-delay", Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(1));

    /** {@code retry.initial-backoff}: the wait before the first retry; each further retry waits up to twice as long. */
    public static final SinkOption<Duration> RETRY_INITIAL_BACKOFF =
            duration("retry.initial-backoff", Duration.ofMillis(1), Duration.ofHours(1), Duration.ofSeconds(1));

    /** {@code retry.max-backoff}: the longest wait between two attempts, unless the peer asks for longer. */
    public static final SinkOption<Duration> RETRY_MAX_BACKOFF =
            duration("retry.max-backoff", Duration.ofMillis(1), Duration.ofHours(1), Duration.ofSeconds(30));

    /**
     * {@code spool.dir}: the folder of the sink's disk spool (a channel with a name gets a sub-folder of that name);
     * by default {@code cairn-spool/<sink>} in the working directory.
     */
    public static final SinkOption<String> SPOOL_DIR =
            SinkOption.of("spool.dir", "a folder path", "cairn-spool/<sink>", ValueType.path("a folder path")::parse);

    /** {@code spool.max-bytes}: the size the spool's files may take in all; the oldest files go first beyond it. */
    public static final SinkOption<Long> SPOOL_MAX_BYTES = size("spool.max-bytes", 64 * 1024, 1L << 50, 256L << 20);

    /** Every delivery option. */
    public static final List<SinkOption<?>> ALL = List.of(
            BATCH_MAX_RECORDS,
            BATCH_MAX_BYTES,
            BATCH_MAX_DELAY,
            RETRY_INITIAL_BACKOFF,
            RETRY_MAX_BACKOFF,
            SPOOL_DIR,
            SPOOL_MAX_BYTES);

    private DeliveryOptions() {}

    private static SinkOption<Long> size(String name, long min, long max, long defaultValue) {
        ValueType<Long> type =
                SIZE.require(value -> value >= min && value <= max, "from " + min + " to " + max + " bytes");
        return SinkOption.of(name, type.allowed(), defaultValue, type::parse);
    }

    private static SinkOption<Duration> duration(String name, Duration min, Duration max, Duration defaultValue) {
        ValueType<Duration> type = DURATION.require(
                value -> value.compareTo(min) >= 0 && value.compareTo(max) <= 0, "from " + min + " to " + max);
        return SinkOption.of(name, type.allowed(), defaultValue, type::parse);
    }
}
