package dev.cairn.internal.delivery;

import dev.cairn.KeyValue;
import dev.cairn.LogStats;
import dev.cairn.Ticker;
import java.util.function.Supplier;

/**
 * What a delivery channel needs from the log system that opened its sink, beyond the public
 * {@link dev.cairn.spi.SinkContext}: its ticker, its close deadline, a way to log a record of its own, and the place
 * where the sink's statistics find the channel's counters. Cairn's own sink context provides it; a channel opened
 * with any other context uses {@link #standalone}.
 */
public interface DeliveryHost {

    /** Times batching delays and backoff, so tests can move time by hand. */
    Ticker ticker();

    /**
     * The {@link System#nanoTime()} by which a channel closing now must be done: the deadline of the log system's close
     * in progress ({@code cairn.shutdown.timeout} after it began), after which its sink would be abandoned.
     */
    long closeDeadlineNanos();

    /**
     * Logs one WARN record through the log system, under the logger {@code cairn.delivery}: {@code message} as its
     * text (never read as a template), {@code fields} as its key-values.
     */
    void warnRecord(String message, KeyValue... fields);

    /** Adds a channel's counters to those the sink's statistics show. */
    void addCounters(Supplier<LogStats.DeliveryStats> counters);

    /** A host for a channel opened outside a log system: system time, a 5 s shutdown, WARN records reported. */
    static DeliveryHost standalone(java.util.function.Consumer<String> report) {
        return new DeliveryHost() {
            @Override
            public Ticker ticker() {
                return Ticker.system();
            }

            @Override
            public long closeDeadlineNanos() {
                return System.nanoTime() + 5_000_000_000L;
            }

            @Override
            public void warnRecord(String message, KeyValue... fields) {
                report.accept(message);
            }

            @Override
            public void addCounters(Supplier<LogStats.DeliveryStats> counters) {}
        };
    }
}
