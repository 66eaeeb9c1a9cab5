package dev.cairn.internal;

import dev.cairn.KeyValue;
import dev.cairn.Level;
import dev.cairn.LogStats;
import dev.cairn.Ticker;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import dev.cairn.internal.limit.DuplicateKey;
import dev.cairn.internal.limit.DuplicateWindow;
import dev.cairn.internal.limit.Suppressions;
import dev.cairn.internal.stats.MetricsRecords;
import dev.cairn.internal.stats.RecordCounts;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import dev.cairn.spi.Sink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Turns log calls into records and delivers them: captured on the calling thread (timestamp, thread name, context
 * snapshot, fields with suppliers evaluated, exception, call site when enabled), then queued for the writer thread or,
 * in synchronous mode, written at once. Nothing here throws into the caller, whatever a value or a sink throws
 * ({@code Error}s included): the failure is reported on the diagnostic channel and the record is counted lost, by
 * the sink that failed or, before any sink received it, in {@link LogStats#lost()}. Logging from inside logging is
 * bounded by {@link NestedLogging}.
 *
 * <p>Shutdown drains the queue, flushes and closes every sink; a record logged afterwards reopens the sinks and is
 * written synchronously rather than lost.
 */
public final class Engine implements RecordWriter {

    /**
     * The logging path, which the call site lies outside of: class-name prefixes of the bridged logging APIs and of
     * Cairn's internals, Cairn's bridge and instrumentation packages (exactly, so that an application package below
     * them is not skipped), and the API classes that log on a caller's behalf.
     */
    private static final String[] LOGGING_PREFIXES = {
        "dev.cairn.internal.",
        "java.util.logging.",
        "sun.util.logging.",
        "org.slf4j.",
        "org.apache.logging.slf4j.",
        "org.apache.logging.log4j.",
        "org.apache.commons.logging."
    };

    private static final java.util.Set<String> LOGGING_PACKAGES =
            java.util.Set.of("dev.cairn.jul", "dev.cairn.slf4j", "dev.cairn.flow");
    /** The deadline of the latest close of sinks; see {@link #closeDeadlineNanos()}. */
    private volatile long closeDeadline;

    private volatile boolean closing;
    private static final java.util.Set<String> LOGGING_CLASSES = java.util.Set.of("dev.cairn.Logger");
    private static final StackWalker WALKER = StackWalker.getInstance();
    /** How often a writer turned away by a closed pipeline spins before it parks between retries. */
    private static final int SPINS_BEFORE_PARKING = 1_000;

    private static final long PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final Diagnostics diagnostics;
    private final Clock clock;
    private final Ticker ticker;
    private final Suppressions suppressions = new Suppressions();
    /** The periodic metrics records, or null when {@code cairn.metrics.interval} is 0. */
    private volatile MetricsRecords metricsRecords;
    /** Duplicate suppression, or null when {@code cairn.dedupe.window} is 0. */
    private volatile DuplicateWindow duplicates;

    /** The queue's high-water mark as of the last dispatcher replaced or read. */
    private volatile int highWater;

    private final Pipeline shutDown;
    private volatile Pipeline pipeline;
    private volatile AsyncDispatcher dispatcher;
    private volatile boolean captureLocation;
    private volatile SinkSlot[] taps = new SinkSlot[0];
    private DispatchOptions options;
    private Supplier<List<SinkBinding>> reopen = List::of;
    /** Records lost before any sink received them: capture failed, or logged too deep inside logging. */
    private final LongAdder lost = new LongAdder();
    /** Secrets the detectors masked, over every configuration this engine ran (see {@code cairn.secrets.detect}). */
    private final LongAdder secretsMasked = new LongAdder();

    private final RecordCounts counts = new RecordCounts();
    private volatile int metricsTop = 10;

    public Engine(Diagnostics diagnostics, Clock clock, Ticker ticker) {
        this.diagnostics = diagnostics;
        this.clock = clock;
        this.ticker = ticker;
        this.shutDown = new Pipeline(List.of(), diagnostics);
        shutDown.close(null, System.nanoTime());
        this.pipeline = new Pipeline(List.of(), diagnostics);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The source of elapsed time for limits and duplicate windows. */
    public Ticker ticker() {
        return ticker;
    }

    /** The counts of records that limits suppressed. */
    public Suppressions suppressions() {
        return suppressions;
    }

    /**
     * Counts the records logged from now on under {@code service} (null when none is configured), and shows the
     * {@code top} busiest loggers and exception types in {@link #stats()}.
     */
    public void countAs(String service, int top) {
        counts.service(service);
        metricsTop = top;
    }

    /**
     * Writes a {@code metrics} record every {@code interval} from now on ({@link Duration#ZERO}: none); an unchanged
     * interval keeps counting from the last record.
     */
    public synchronized void recordMetricsEvery(Duration interval) {
        MetricsRecords current = metricsRecords;
        long nanos = interval.toNanos();
        if (current != null && current.intervalNanos() == nanos) {
            return;
        }
        metricsRecords = nanos > 0 ? new MetricsRecords(nanos, ticker, this::stats, this::writeMetrics) : null;
        if (current != null) {
            current.close();
        }
    }

    /**
     * Suppresses duplicates within {@code window} from now on ({@link Duration#ZERO}: none). A changed window closes
     * the current one first, so its summaries are written to the sinks its duplicates were logged under.
     */
    public synchronized void suppressDuplicates(Duration window) {
        DuplicateWindow current = duplicates;
        long nanos = window.toNanos();
        if (current != null && current.windowNanos() == nanos) {
            return;
        }
        duplicates = nanos > 0 ? new DuplicateWindow(nanos, ticker, suppressions, this::writeDuplicateSummary) : null;
        if (current != null) {
            current.close();
        }
    }

    /**
     * Replaces the sinks and the dispatch options. Records logged before the call are written to the old sinks first
     * (the queue is waited for, unless this is the writer thread itself); later records go to the new ones. The old
     * local sinks (files, the console) close before the new ones open, while writers wait; sinks on delivery threads
     * close after the new sinks have taken over.
     *
     * @param reopen builds the same sinks again, for records logged after shutdown
     */
    public synchronized void install(
            SinkSet sinks, boolean captureLocation, DispatchOptions next, Supplier<List<SinkBinding>> reopen) {
        AsyncDispatcher current = dispatcher;
        if (current != null && !current.isWriter(Thread.currentThread())) {
            // Records logged before the reconfiguration belong to the sinks they were logged under.
            current.awaitFlushed();
        }
        Pipeline previous = pipeline;
        if (previous != shutDown) {
            previous.closeLocal(sinks.opened(), closingDeadline());
        }
        Pipeline replacement = new Pipeline(openSinks(sinks), diagnostics, previous);
        this.captureLocation = captureLocation;
        this.reopen = reopen;
        pipeline = replacement;
        if (options == null || options.needsNewDispatcher(next)) {
            AsyncDispatcher old = dispatcher;
            if (old != null) {
                stopDispatcher(old, next.shutdownTimeoutMillis());
            }
            dispatcher = next.async()
                    ? new AsyncDispatcher(
                            next.queueSize(), next.queueFull(), next.flushLevel(), next.awaitFlush(), this, clock)
                    : null;
        }
        options = next;
        if (previous != shutDown) {
            previous.close(replacement, closingDeadline());
        }
    }

    /**
     * {@code sinks}, opened; if opening them fails after all (it reports its own failures), none, said once: writers
     * are waiting on the closed pipeline and must be let go.
     */
    private List<SinkBinding> openSinks(SinkSet sinks) {
        try {
            return sinks.open();
        } catch (RuntimeException | LinkageError e) {
            diagnostics.warn("opening the sinks of the new configuration failed ("
                    + e.getClass().getName() + ": " + e.getMessage()
                    + "); records are not written until the next reconfiguration");
            return List.of();
        }
    }

    /**
     * Adds a tap: a sink that receives every record its filter accepts on the thread that logs it, before it is
     * queued (or on its delivery thread, for a sink that may block).
     */
    public synchronized void attach(SinkBinding binding) {
        SinkSlot[] current = taps;
        SinkSlot[] next = java.util.Arrays.copyOf(current, current.length + 1);
        next[current.length] = new SinkSlot(binding.name(), binding.sink(), binding.filter(), diagnostics);
        taps = next;
    }

    /** Removes the tap of {@code sink}, then flushes and closes it; false if it was not attached. */
    public boolean detach(Sink sink) {
        SinkSlot removed = null;
        synchronized (this) {
            List<SinkSlot> kept = new ArrayList<>();
            for (SinkSlot slot : taps) {
                if (slot.sink() == sink && removed == null) {
                    removed = slot;
                } else {
                    kept.add(slot);
                }
            }
            taps = kept.toArray(SinkSlot[]::new);
        }
        if (removed == null) {
            return false;
        }
        removed.close(closingDeadline());
        return true;
    }

    /**
     * Drains the queue, then flushes and closes every sink, all within the configured shutdown timeout: a sink that
     * has not finished by then is abandoned and reported, so a stalled sink cannot keep the JVM from exiting.
     */
    public synchronized void shutdown() {
        long deadline = closingDeadline();
        MetricsRecords metrics = metricsRecords;
        if (metrics != null) {
            metricsRecords = null;
            metrics.close();
        }
        DuplicateWindow window = duplicates;
        if (window != null) {
            // Records logged after shutdown are not deduplicated: no summary could follow them.
            duplicates = null;
            window.close();
        }
        AsyncDispatcher old = dispatcher;
        if (old != null) {
            // Callers keep going through the stopping dispatcher, which holds them until the queue is drained.
            stopDispatcher(old, options.shutdownTimeoutMillis());
            dispatcher = null;
        }
        Pipeline previous = pipeline;
        pipeline = shutDown;
        if (previous != shutDown) {
            previous.close(null, deadline);
        }
    }

    /**
     * The {@link System#nanoTime()} by which the sinks being closed now must be done: the deadline of the close in
     * progress, so a delivery channel that starts closing late (after a stalled sink used up the time) still finishes
     * before its sink would be abandoned; outside a close, now plus the shutdown timeout.
     */
    public long closeDeadlineNanos() {
        return closing ? closeDeadline : deadline();
    }

    /** {@link #deadline()}, remembered as the deadline of the close that starts now. */
    private long closingDeadline() {
        long deadline = deadline();
        closeDeadline = deadline;
        closing = true;
        return deadline;
    }

    /** When work started now must be given up: now plus the shutdown timeout. */
    private long deadline() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(options == null ? 0 : options.shutdownTimeoutMillis());
    }

    private void stopDispatcher(AsyncDispatcher old, long timeoutMillis) {
        highWater = Math.max(highWater, old.highWater());
        int lost = old.stop(TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        if (lost > 0) {
            diagnostics.warn(lost + " queued records were not written: the sinks did not drain them within "
                    + timeoutMillis + " ms");
        }
    }

    /**
     * Returns once every record delivered before the call has been written and flushed; for sinks on delivery threads,
     * once they have written what they were handed, or the shutdown timeout has passed.
     */
    public void flush() {
        MetricsRecords metrics = metricsRecords;
        if (metrics != null) {
            metrics.check();
        }
        DuplicateWindow window = duplicates;
        if (window != null) {
            window.sweep();
        }
        AsyncDispatcher current = dispatcher;
        if (current != null) {
            current.awaitFlushed();
        } else {
            flushNow();
        }
        long deadline = deadline();
        pipeline.awaitDelivered(deadline);
        for (SinkSlot tap : taps) {
            tap.awaitDelivered(deadline);
        }
    }

    /** The counter the layouts add each masked secret to. */
    public LongAdder secretsMasked() {
        return secretsMasked;
    }

    /** Counters of the queue and of every sink. */
    public LogStats stats() {
        AsyncDispatcher current = dispatcher;
        Map<Level, Long> dropped = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            dropped.put(level, current == null ? 0L : current.dropped(level));
        }
        if (current != null) {
            highWater = Math.max(highWater, current.highWater());
        }
        List<LogStats.SinkStats> sinks = new ArrayList<>();
        Map<Level, Long> sinkDropped = new EnumMap<>(Level.class);
        List<SinkSlot> slots = new ArrayList<>(pipeline.slots());
        slots.addAll(List.of(taps));
        for (SinkSlot slot : slots) {
            sinks.add(new LogStats.SinkStats(
                    slot.name(),
                    slot.written(),
                    slot.failed(),
                    slot.dropped(),
                    slot.cut(),
                    slot.deliveryStats(),
                    slot.bytes()));
            for (Level level : Level.values()) {
                sinkDropped.merge(level, slot.dropped(level), Long::sum);
            }
        }
        Map<String, Map<Level, Long>> droppedByCause = new java.util.LinkedHashMap<>();
        droppedByCause.put("queue-full", dropped);
        droppedByCause.put("sink-queue-full", sinkDropped);
        droppedByCause.putAll(counts.lost());
        int top = metricsTop;
        return new LogStats(
                current != null,
                current == null ? 0 : current.depth(),
                current == null ? 0 : current.capacity(),
                dropped,
                lost.sum(),
                sinks,
                suppressions.byCause(),
                counts.byService(),
                counts.loggers(top),
                counts.errors(top),
                droppedByCause,
                highWater,
                counts.service(),
                secretsMasked.sum());
    }

    public void log(String logger, Level level, String template, Object[] args) {
        log(logger, level, template, args, null, null);
    }

    /** Logs a call that a configured rate admitted, with {@code suppressed}, the calls it skipped before, when any. */
    public void log(String logger, Level level, String template, Object[] args, long suppressed) {
        log(logger, level, template, args, false, null, suppressed, null, NestedLogging.current());
    }

    /**
     * Logs a record with the fields of a fluent call ({@code fields}, null for none) and {@code suppressed}, the calls
     * a limit skipped before it, when any. In asynchronous mode without taps, the record is filled in place in a slot
     * of the queue, primitives unboxed, so that it allocates nothing; otherwise it is made whole.
     *
     * <p>Everything that may run application code (suppliers, copies of mutable values, {@code toString()}) runs
     * before the slot is claimed: a record logged from there must not wait for a slot the writer cannot pass until
     * this one is published.
     *
     * <p>JIT shape: the common path is one method body, larger than C2 inlines at a hot call site
     * ({@code FreqInlineSize}, 325 bytes of bytecode), and every rare path is a method of its own. So C2 compiles this
     * body once, instead of again inside each frame above it (the builder, the SLF4J builder, the application's
     * method), each of which reached the compile threshold on its own: on issue 19's workload this cut the C2 time of
     * the caller's chain by about half (docs/benchmarks.md, "Caller side").
     *
     * @param lent whether {@code args} is only lent, an array the caller reuses once this returns (then copied if kept)
     * @param nested the calling thread's {@link NestedLogging}, which the caller has at hand
     */
    void log(
            String logger,
            Level level,
            String template,
            Object[] args,
            boolean lent,
            PendingFields fields,
            long suppressed,
            Throwable cause,
            NestedLogging nested) {
        AsyncDispatcher current = dispatcher;
        if (current == null || taps.length > 0 || !isPlain(args)) {
            logWhole(logger, level, template, args, lent, fields, suppressed, cause);
            return;
        }
        if (!nested.mayCapture()) {
            loseNested(logger, level);
            return;
        }
        int outer = nested.enter();
        try {
            if (duplicates != null && isDuplicate(logger, level, template, cause)) {
                return;
            }
            // Escape analysis removes this Instant once compiled (JDK 17: unless Instant.create has seen the epoch).
            Instant now = clock.instant();
            long epochSecond = now.getEpochSecond();
            int nanoOfSecond = now.getNano();
            String message = formattedIfMutable(template, args);
            if (fields != null) {
                fields.freezeAtCallTime();
            }
            ContextSnapshot context = LogContext.current();
            StackTraceElement site = captureLocation ? callSite() : null;
            String thread = Thread.currentThread().getName();
            counts.count(level, logger, cause, nested.stripe());
            long position = current.claim(level);
            if (position < 0) {
                if (position == AsyncDispatcher.WRITE_HERE) {
                    writeHere(
                            epochSecond,
                            nanoOfSecond,
                            level,
                            logger,
                            template,
                            lent ? copy(args) : args,
                            message,
                            thread,
                            context,
                            fieldList(fields, suppressed),
                            cause,
                            site);
                }
                return;
            }
            try {
                SlotRecord slot = current.slot(position);
                slot.fill(
                        RecordKind.LOG,
                        epochSecond,
                        nanoOfSecond,
                        level,
                        logger,
                        template,
                        args,
                        message,
                        thread,
                        context,
                        cause,
                        site);
                if (suppressed > 0) {
                    slot.add("suppressed", suppressed);
                }
                if (fields != null) {
                    fields.copyTo(slot);
                }
                slot.filled();
            } finally {
                // Even empty or half filled (out of memory), the slot must reach the writer, which skips it, or the
                // queue stalls.
                current.publish(position);
            }
        } catch (Throwable e) {
            loseCapture(logger, level, e);
        } finally {
            nested.leave(outer);
        }
    }

    /** A fluent call's record made whole: in synchronous mode, with taps, or with key-value or supplier arguments. */
    private void logWhole(
            String logger,
            Level level,
            String template,
            Object[] args,
            boolean lent,
            PendingFields fields,
            long suppressed,
            Throwable cause) {
        log(logger, level, template, lent ? copy(args) : args, fieldList(fields, suppressed), cause);
    }

    /** Whether the duplicate window suppresses the record; false when duplicates are no longer suppressed. */
    private boolean isDuplicate(String logger, Level level, String template, Throwable cause) {
        DuplicateWindow window = duplicates;
        return window != null && window.suppresses(logger, level, template, cause);
    }

    /** Writes a captured record now on this thread: the queue told the caller to ({@link AsyncDispatcher#WRITE_HERE}). */
    private void writeHere(
            long epochSecond,
            int nanoOfSecond,
            Level level,
            String logger,
            String template,
            Object[] args,
            String message,
            String thread,
            ContextSnapshot context,
            FieldList fields,
            Throwable cause,
            StackTraceElement site) {
        CapturedRecord record = new CapturedRecord(
                RecordKind.LOG,
                epochSecond,
                nanoOfSecond,
                level,
                logger,
                template,
                args,
                args == null ? 0 : args.length,
                thread,
                context,
                fields,
                cause,
                site);
        record.frozenWith(message);
        writeNow(record);
    }

    private static Object[] copy(Object[] args) {
        return args == null ? null : args.clone();
    }

    /** Whether {@code args} are message arguments only: no key-values or suppliers to take out, no trailing exception. */
    private static boolean isPlain(Object[] args) {
        return args == null || args.length == 0 || !needsSorting(args) && !(args[args.length - 1] instanceof Throwable);
    }

    /** The message formatted now if an argument may change after the call, else null (formatted when written). */
    private static String formattedIfMutable(String template, Object[] args) {
        if (args != null) {
            for (Object arg : args) {
                if (!CallTimeValues.isImmutable(arg)) {
                    return MessageFormatter.format(template, args, args.length);
                }
            }
        }
        return null;
    }

    /** The fields of a fluent call boxed into a list, after a {@code suppressed} field when any; null when none. */
    private static FieldList fieldList(PendingFields fields, long suppressed) {
        if (fields != null) {
            return fields.toFieldList(suppressed);
        }
        if (suppressed <= 0) {
            return null;
        }
        FieldList list = new FieldList(1);
        list.add("suppressed", suppressed);
        return list;
    }

    public void log(String logger, Level level, String template, Object[] args, FieldList fields, Throwable cause) {
        log(RecordKind.LOG, logger, level, template, args, fields, cause);
    }

    /**
     * Logs a record of {@code kind}; flow records come through here. A record logged from inside logging on this
     * thread is written one level deep at most, or counted lost ({@link NestedLogging}).
     */
    public void log(
            RecordKind kind,
            String logger,
            Level level,
            String template,
            Object[] args,
            FieldList fields,
            Throwable cause) {
        NestedLogging nested = NestedLogging.current();
        if (!nested.mayCapture()) {
            loseNested(logger, level);
            return;
        }
        int outer = nested.enter();
        try {
            DuplicateWindow window = duplicates;
            if (window != null
                    && kind == RecordKind.LOG
                    && window.suppresses(logger, level, template, thrown(args, cause))) {
                return;
            }
            dispatch(capture(kind, logger, level, template, args, fields, cause), nested);
        } catch (Throwable e) {
            loseCapture(logger, level, e);
        } finally {
            nested.leave(outer);
        }
    }

    private void loseNested(String logger, Level level) {
        lose(
                logger,
                level,
                "logged from inside logging was not written (a toString() or sink that logs while a record is"
                        + " written: one level and " + NestedLogging.MAX_NESTED
                        + " records per record are written)",
                "nested");
    }

    private void loseCapture(String logger, Level level, Throwable e) {
        lose(
                logger,
                level,
                "was lost: capturing it failed with " + e.getClass().getName() + ": " + e.getMessage(),
                "capture");
    }

    /**
     * Counts a record lost before any sink received it and reports that, throttled per {@code kind}; never throws,
     * even when out of memory.
     */
    private void lose(String logger, Level level, String what, String kind) {
        lost.increment();
        counts.lost(kind, level);
        try {
            diagnostics.throttled(
                    kind,
                    "a record of logger " + logger + " " + what + "; " + lost.sum()
                            + " records lost before reaching the sinks so far");
        } catch (Throwable e) {
            // Out of memory even for the report: the record is counted, which stats() shows.
        }
    }

    /** The exception a record will carry: {@code cause}, else the last argument before any key-values if a throwable. */
    private static Throwable thrown(Object[] args, Throwable cause) {
        if (cause != null || args == null) {
            return cause;
        }
        int last = args.length - 1;
        while (last >= 0 && args[last] instanceof KeyValue) {
            last--;
        }
        return last >= 0 && args[last] instanceof Throwable ? (Throwable) args[last] : null;
    }

    /**
     * Writes the record that closes a duplicate window with duplicates: same logger and level, message
     * {@code N duplicates suppressed}, fields {@code suppressed}, {@code duplicate_of} (the template),
     * {@code dedupe_window_ms} and, for duplicates with an exception, {@code error_type}.
     */
    private void writeDuplicateSummary(DuplicateKey key, long suppressed, long windowNanos) {
        try {
            FieldList fields = new FieldList(4);
            fields.add("suppressed", suppressed);
            fields.add("duplicate_of", key.template());
            fields.add("dedupe_window_ms", TimeUnit.NANOSECONDS.toMillis(windowNanos));
            if (key.errorType() != null) {
                fields.add("error_type", key.errorType().getName());
            }
            dispatchOwn(key.level(), key.logger(), "{} duplicates suppressed", new Object[] {suppressed}, fields);
        } catch (Throwable e) {
            lose(
                    key.logger(),
                    key.level(),
                    "(a summary of " + suppressed + " duplicates) was lost: writing it failed with "
                            + e.getClass().getName() + ": " + e.getMessage(),
                    "dedupe");
        }
    }

    /** Writes a {@code metrics} record of logger {@code cairn.metrics} at INFO with {@code values} as its fields. */
    private void writeMetrics(Map<String, Object> values) {
        try {
            FieldList fields = new FieldList(values.size());
            values.forEach(fields::add);
            dispatchOwn(Level.INFO, "cairn.metrics", "metrics", null, fields);
        } catch (Throwable e) {
            lose(
                    "cairn.metrics",
                    Level.INFO,
                    "(a metrics record) was lost: writing it failed with "
                            + e.getClass().getName() + ": " + e.getMessage(),
                    "metrics");
        }
    }

    /** Dispatches a record Cairn writes itself, stamped now on this thread, with no context: {@code args} may be null. */
    private void dispatchOwn(Level level, String logger, String message, Object[] args, FieldList fields) {
        Instant now = clock.instant();
        dispatch(
                new CapturedRecord(
                        RecordKind.LOG,
                        now.getEpochSecond(),
                        now.getNano(),
                        level,
                        logger,
                        message,
                        args,
                        args == null ? 0 : args.length,
                        Thread.currentThread().getName(),
                        ContextSnapshot.empty(),
                        fields,
                        null,
                        null),
                NestedLogging.current());
    }

    /** Delivers a captured record: to the taps, then to the writer thread, or at once in synchronous mode. */
    private void dispatch(LogRecord record, NestedLogging nested) {
        counts.count(record.level(), record.loggerName(), record.throwable(), nested.stripe());
        for (SinkSlot tap : taps) {
            tap.write(record, true);
        }
        AsyncDispatcher current = dispatcher;
        if (current != null) {
            current.dispatch(record);
        } else {
            writeToPipeline(record, true);
        }
    }

    /**
     * Writes and flushes {@code record} to the current sinks on this thread, which counts as writing for
     * {@link NestedLogging}; whatever is thrown is counted and reported, so the writer thread survives anything a sink
     * or a value throws.
     */
    @Override
    public void writeNow(LogRecord record) {
        NestedLogging nested = NestedLogging.current();
        int outer = nested.enterWriting();
        try {
            writeToPipeline(record, true);
        } catch (Throwable e) {
            loseWrite(record, e);
        } finally {
            nested.leave(outer);
        }
    }

    private void loseWrite(LogRecord record, Throwable e) {
        lose(
                record.loggerName(),
                record.level(),
                "was lost: writing it failed with " + e.getClass().getName() + ": " + e.getMessage(),
                "write");
    }

    @Override
    public Batches batches() {
        return new PipelineBatches();
    }

    /**
     * The writer thread's batches, inside one pipeline from the first record of a batch to its flush. Written for
     * issue 19: counting the writer into the pipeline and out again cost two atomic operations per record, and looking
     * up the thread's {@link NestedLogging} a thread-local read.
     */
    private final class PipelineBatches implements Batches {

        private final NestedLogging nested = NestedLogging.current();
        /** The pipeline entered, or null outside a batch. */
        private Pipeline entered;

        @Override
        public void write(LogRecord record, boolean flush) {
            int outer = nested.enterWriting();
            try {
                Pipeline current = entered;
                if (current == null || !current.writeEntered(record, flush)) {
                    writeEntering(record, flush);
                }
            } catch (Throwable e) {
                loseWrite(record, e);
            } finally {
                nested.leave(outer);
            }
        }

        /**
         * Leaves the pipeline entered, if any, and enters the current one to write {@code record}, waiting for it as
         * {@link #writeToPipeline} does.
         */
        private void writeEntering(LogRecord record, boolean flush) {
            int waits = 0;
            while (true) {
                leave();
                Pipeline current = pipeline;
                if (current.enter()) {
                    entered = current;
                    if (current.writeEntered(record, flush)) {
                        return;
                    }
                } else {
                    awaitNextPipeline(current, ++waits);
                }
            }
        }

        @Override
        public void flush() {
            int outer = nested.enterWriting();
            try {
                Pipeline current = entered;
                if (current != null) {
                    current.flushEntered();
                } else {
                    pipeline.flush();
                }
            } catch (Throwable e) {
                reportFlushFailure(e);
            } finally {
                leave();
                nested.leave(outer);
            }
        }

        private void leave() {
            Pipeline current = entered;
            if (current != null) {
                entered = null;
                current.leave();
            }
        }
    }

    /**
     * Writes {@code record} to the current sinks, retrying on the next pipeline if this one was just replaced: at
     * first spinning, then parking briefly, since a reconfiguration may take milliseconds to open its files.
     */
    private void writeToPipeline(LogRecord record, boolean flush) {
        int waits = 0;
        while (true) {
            Pipeline current = pipeline;
            if (current.write(record, flush)) {
                return;
            }
            awaitNextPipeline(current, ++waits);
        }
    }

    /**
     * Waits a little for the pipeline that replaces {@code turnedAway}, which turned a writer away for the
     * {@code waits}-th time, or reopens the sinks if it was the shut-down one.
     */
    private void awaitNextPipeline(Pipeline turnedAway, int waits) {
        if (turnedAway == shutDown) {
            reopenAfterShutdown();
        } else if (waits < SPINS_BEFORE_PARKING) {
            Thread.onSpinWait();
        } else {
            LockSupport.parkNanos(PARK_NANOS);
        }
    }

    @Override
    public void writerRecovered(Throwable cause) {
        try {
            diagnostics.throttled(
                    "writer",
                    "the writer thread caught " + cause.getClass().getName() + ": " + cause.getMessage()
                            + " and goes on");
        } catch (Throwable e) {
            // Out of memory even for the report; the writer goes on.
        }
    }

    /** Flushes the current sinks on this thread; whatever is thrown is reported. */
    private void flushNow() {
        NestedLogging nested = NestedLogging.current();
        int outer = nested.enterWriting();
        try {
            pipeline.flush();
        } catch (Throwable e) {
            reportFlushFailure(e);
        } finally {
            nested.leave(outer);
        }
    }

    private void reportFlushFailure(Throwable e) {
        try {
            diagnostics.throttled(
                    "flush", "flushing the sinks failed with " + e.getClass().getName() + ": " + e.getMessage());
        } catch (Throwable again) {
            // Out of memory even for the report; the sinks count what they lost.
        }
    }

    private synchronized void reopenAfterShutdown() {
        if (pipeline == shutDown) {
            pipeline = new Pipeline(reopen.get(), diagnostics);
        }
    }

    private CapturedRecord capture(
            RecordKind kind,
            String logger,
            Level level,
            String template,
            Object[] args,
            FieldList fields,
            Throwable cause) {
        Instant now = clock.instant();
        int count = args == null ? 0 : args.length;
        Object[] plain = args;
        int plainCount = count;
        Throwable thrown = cause;
        int thrownIndex = -1;
        if (count > 0) {
            int last = count - 1;
            while (last >= 0 && args[last] instanceof KeyValue) {
                last--;
            }
            if (thrown == null && last >= 0 && args[last] instanceof Throwable) {
                thrown = (Throwable) args[last];
                thrownIndex = last;
            }
            if (thrownIndex >= 0 || needsSorting(args)) {
                plain = new Object[count];
                plainCount = 0;
                for (int i = 0; i < count; i++) {
                    Object arg = args[i];
                    if (i == thrownIndex) {
                        continue;
                    }
                    if (arg instanceof Supplier) {
                        arg = ObjectText.call((Supplier<?>) arg);
                    }
                    if (arg instanceof KeyValue) {
                        if (fields == null) {
                            fields = new FieldList();
                        }
                        KeyValue kv = (KeyValue) arg;
                        fields.add(kv.key(), kv.value());
                    } else {
                        plain[plainCount++] = arg;
                    }
                }
            }
        }
        if (fields != null) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.value(i) instanceof Supplier) {
                    fields.setValue(i, ObjectText.call((Supplier<?>) fields.value(i)));
                }
            }
        }
        ContextSnapshot context = LogContext.current();
        CapturedRecord record = new CapturedRecord(
                kind,
                now.getEpochSecond(),
                now.getNano(),
                level,
                logger,
                template,
                plain,
                plainCount,
                Thread.currentThread().getName(),
                context,
                fields,
                thrown,
                captureLocation ? callSite() : null);
        if (dispatcher != null) {
            record.freezeAtCallTime();
        }
        return record;
    }

    private static boolean needsSorting(Object[] args) {
        for (Object arg : args) {
            if (arg instanceof KeyValue || arg instanceof Supplier) {
                return true;
            }
        }
        return false;
    }

    private static StackTraceElement callSite() {
        return WALKER.walk(frames -> frames.filter(frame -> !isOwnFrame(frame.getClassName()))
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
    }

    private static boolean isOwnFrame(String className) {
        for (String prefix : LOGGING_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        int nested = className.indexOf('$');
        String outer = nested < 0 ? className : className.substring(0, nested);
        int dot = outer.lastIndexOf('.');
        return LOGGING_CLASSES.contains(outer) || dot > 0 && LOGGING_PACKAGES.contains(outer.substring(0, dot));
    }
}
