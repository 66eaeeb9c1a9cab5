package dev.cairn.management;

import java.util.Map;

/**
 * A log system's figures and levels over JMX, registered as {@code dev.cairn:type=LogSystem,name=<service>}
 * ({@code cairn.service}, or {@code app}; {@code <service>-2}, {@code -3}… when several log systems of one service
 * share a JVM). Every figure is read from {@link dev.cairn.LogSystem#stats()} when asked; counts are totals since the
 * log system was built. Maps keep their entries in a stable order and are published as JMX tabular data.
 */
public interface LogSystemMXBean {

    /** The service the records are logged under now. */
    String getService();

    /** Records logged in all. */
    long getRecordsTotal();

    /** Records logged by level name ({@code TRACE} … {@code FATAL}). */
    Map<String, Long> getRecordsByLevel();

    /** Records logged by {@code <service>.<level>} in lower case, e.g. {@code payment-service.error}. */
    Map<String, Long> getRecords();

    /** Records logged by the busiest loggers ({@code cairn.metrics.top}), then {@code other}. */
    Map<String, Long> getRecordsByLogger();

    /** Records that carried an exception, by the most frequent exception classes, then {@code other}. */
    Map<String, Long> getErrorsByType();

    /** Records lost before reaching a sink, by cause ({@code queue-full}, {@code sink-queue-full}, {@code nested}…). */
    Map<String, Long> getDroppedByCause();

    /** Records not written because a limit suppressed them, by cause ({@code call-site}, {@code rate-limit}…). */
    Map<String, Long> getSuppressedByCause();

    /** Records waiting in the queue now. */
    int getQueueDepth();

    /** The queue's capacity; 0 when records are written synchronously. */
    int getQueueCapacity();

    /** The most records the queue has held at once. */
    int getQueueHighWater();

    /** Records each sink handed to its destination, by sink name. */
    Map<String, Long> getSinkWritten();

    /** Records each sink lost to failures, by sink name. */
    Map<String, Long> getSinkFailures();

    /** Records each sink could not take because its hand-off queue was full, by sink name. */
    Map<String, Long> getSinkDropped();

    /** Bytes each of Cairn's console and file sinks handed to its destination, by sink name. */
    Map<String, Long> getSinkBytes();

    /**
     * What each network sink did with its records, by {@code <sink>.<figure>}: {@code delivered}, {@code retried},
     * {@code spooled}, {@code replayed}, {@code rejected}, {@code dropped}, {@code in-flight}, {@code in-spool},
     * {@code maybe-duplicated}.
     */
    Map<String, Long> getDelivery();

    /** The level in force for {@code logger} (its own or inherited), or {@code OFF}. */
    String getLoggerLevel(String logger);

    /**
     * Sets the level of {@code logger} and of the loggers below it that have no level of their own, as
     * {@link dev.cairn.LogSystem#setLevel} does.
     *
     * @throws IllegalArgumentException when {@code level} is not a level name
     */
    void setLoggerLevel(String logger, String level);
}
