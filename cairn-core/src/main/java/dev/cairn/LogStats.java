package dev.cairn;

import java.util.List;
import java.util.Map;

/**
 * Counters of a log system at one moment, from {@link LogSystem#stats()}: the queue and, per sink (configured, added
 * in code or attached), how many records reached the destination, were lost to failures or were dropped.
 *
 * @param async whether records are written by the background writer thread
 * @param queueDepth records waiting in the queue
 * @param queueCapacity the queue's capacity (0 when not asynchronous)
 * @param dropped records dropped because the queue was full, by level (only with {@code cairn.queue.full=drop})
 * @param lost records lost before any sink received them: capturing them failed (a value threw an {@code Error}),
 *     or they were logged from inside logging beyond what is written (one level, 16 records per record)
 * @param sinks one entry per sink: the configured ones in configuration order, then the attached ones
 * @param suppressed records not written because a limit suppressed them, by cause: {@code call-site}
 *     ({@code every}, {@code atMostEvery}, {@code per}), {@code rate-limit} ({@code cairn.limit.<logger>}) and
 *     {@code dedupe} ({@code cairn.dedupe.window})
 * @param records records logged (past the level check and the limits, handed to the sinks), by service
 *     ({@code cairn.service} when they were logged, {@code app} when none) then level
 * @param loggers records logged by the busiest loggers ({@code cairn.metrics.top} of them, busiest first), then
 *     {@code other} for the rest; the first 1,024 distinct loggers are counted apart, later ones only in {@code other}
 * @param errors records that carried an exception, by exception class, bounded as {@code loggers}
 * @param droppedByCause records lost before reaching a sink, by cause then level: {@code queue-full} (as
 *     {@code dropped}), {@code sink-queue-full} (a sink that may block could not take them; as the sinks'
 *     {@code dropped}), {@code nested}, {@code capture}, {@code write} and {@code dedupe} (a duplicate summary that
 *     could not be written), which {@code lost} sums
 * @param queueHighWater the most records the queue held at once since the log system was built
 * @param service the service records are counted under now ({@code cairn.service}, or {@code app})
 * @param secretsMasked secrets the detectors ({@code cairn.secrets.detect}) replaced by {@code [REDACTED:<kind>]}, one per
 *     match in each sink's encoding of a record (a record written to two sinks counts twice)
 */
public record LogStats(
        boolean async,
        int queueDepth,
        int queueCapacity,
        Map<Level, Long> dropped,
        long lost,
        List<SinkStats> sinks,
        Map<String, Long> suppressed,
        Map<String, Map<Level, Long>> records,
        Map<String, Long> loggers,
        Map<String, Long> errors,
        Map<String, Map<Level, Long>> droppedByCause,
        int queueHighWater,
        String service,
        long secretsMasked) {

    public LogStats {
        dropped = Map.copyOf(dropped);
        sinks = List.copyOf(sinks);
        suppressed = Map.copyOf(suppressed);
        records = copyNested(records);
        loggers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(loggers));
        errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        droppedByCause = copyNested(droppedByCause);
    }

    /** Counters of a log system that counted nothing but its queue, sinks and suppressions, and masked no secret. */
    public LogStats(
            boolean async,
            int queueDepth,
            int queueCapacity,
            Map<Level, Long> dropped,
            long lost,
            List<SinkStats> sinks,
            Map<String, Long> suppressed) {
        this(
                async,
                queueDepth,
                queueCapacity,
                dropped,
                lost,
                sinks,
                suppressed,
                Map.of(),
                Map.of(),
                Map.of(),
                Map.of(),
                0,
                "app",
                0);
    }

    /** Counters of a log system that suppressed nothing. */
    public LogStats(
            boolean async,
            int queueDepth,
            int queueCapacity,
            Map<Level, Long> dropped,
            long lost,
            List<SinkStats> sinks) {
        this(async, queueDepth, queueCapacity, dropped, lost, sinks, Map.of());
    }

    /** Records suppressed by every cause. */
    public long suppressedTotal() {
        return suppressed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records logged at each level, over every service. */
    public Map<Level, Long> recordsByLevel() {
        Map<Level, Long> sums = new java.util.EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            sums.put(level, 0L);
        }
        records.values().forEach(levels -> levels.forEach((level, n) -> sums.merge(level, n, Long::sum)));
        return sums;
    }

    /** Records logged in all. */
    public long recordsTotal() {
        return records.values().stream()
                .flatMap(levels -> levels.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Records lost before reaching a sink for every cause and level (see {@link #droppedByCause()}). */
    public long droppedByCauseTotal() {
        return droppedByCause.values().stream()
                .flatMap(levels -> levels.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    private static Map<String, Map<Level, Long>> copyNested(Map<String, Map<Level, Long>> nested) {
        Map<String, Map<Level, Long>> copy = new java.util.LinkedHashMap<>();
        nested.forEach((name, levels) -> copy.put(name, Map.copyOf(levels)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Records dropped at every level. */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counters of the sink named {@code name} ({@code console}, {@code file}, or a configured name). */
    public SinkStats sink(String name) {
        return sinks.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sink named " + name + "; sinks: " + sinks));
    }

    /**
     * @param name the sink's name: {@code console}, {@code file}, the preset's, a configured {@code <name>}, or the
     *     name a sink added in code was given
     * @param written records handed to the destination (for a file: written to the operating system)
     * @param failed records lost because the sink failed, or because it was abandoned at shutdown while stuck
     * @param dropped records a sink that may block could not take because its hand-off queue was full
     * @param cut records written cut because they were longer than {@code cairn.max-record-length} (counted by
     *     Cairn's console and file sinks), or cut by a sink to fit its destination, such as a datagram
     *     ({@link dev.cairn.spi.Sink#cut()}); they are also counted in {@code written}
     * @param delivery what a sink that ships records off the machine did with them; null for local sinks
     * @param bytes bytes handed to the destination (UTF-8 lines, counted by Cairn's console and file sinks; 0 for
     *     other sinks)
     */
    public record SinkStats(
            String name, long written, long failed, long dropped, long cut, DeliveryStats delivery, long bytes) {

        /** Counters of a sink that does not count bytes. */
        public SinkStats(String name, long written, long failed, long dropped, long cut, DeliveryStats delivery) {
            this(name, written, failed, dropped, cut, delivery, 0);
        }

        /** Counters of a local sink. */
        public SinkStats(String name, long written, long failed, long dropped, long cut) {
            this(name, written, failed, dropped, cut, null);
        }

        /** Counters of a sink that cut no record. */
        public SinkStats(String name, long written, long failed, long dropped) {
            this(name, written, failed, dropped, 0);
        }

        /** Counters of a sink that dropped and cut nothing. */
        public SinkStats(String name, long written, long failed) {
            this(name, written, failed, 0, 0);
        }
    }

    /**
     * What a sink that ships records off the machine (through a {@link dev.cairn.delivery.DeliveryChannel}) did with
     * them. Every record offered is, at any moment, in exactly one of: delivered, rejected, dropped, in flight, in the
     * spool (records found in the spool at start count as offered).
     *
     * @param delivered records the peer accepted
     * @param retried records sent again after a failed attempt, once per attempt
     * @param spooled records written to the disk spool
     * @param replayed records read back from the spool to be sent
     * @param rejected records the peer refused for good (never sent again)
     * @param dropped records lost before reaching the peer: the spool was full or unusable, a spool entry was cut or
     *     corrupt, or the channel was already closed
     * @param inFlight records held in memory now: being batched, waiting for the sender, or being sent
     * @param inSpool records in the spool now, waiting to be sent
     * @param maybeDuplicated records whose attempt got no answer (a timeout, a cut connection) and that are sent again:
     *     the peer may hold them twice
     */
    public record DeliveryStats(
            long delivered,
            long retried,
            long spooled,
            long replayed,
            long rejected,
            long dropped,
            long inFlight,
            long inSpool,
            long maybeDuplicated) {

        /** The sum of two sets of counters, for a sink with several channels. */
        public DeliveryStats plus(DeliveryStats other) {
            return new DeliveryStats(
                    delivered + other.delivered,
                    retried + other.retried,
                    spooled + other.spooled,
                    replayed + other.replayed,
                    rejected + other.rejected,
                    dropped + other.dropped,
                    inFlight + other.inFlight,
                    inSpool + other.inSpool,
                    maybeDuplicated + other.maybeDuplicated);
        }
    }
}
