package dev.cairn.internal;

import dev.cairn.ContextSnapshot;
import dev.cairn.KeyValue;
import dev.cairn.Level;
import dev.cairn.LogContext;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import dev.cairn.spi.Sink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns log calls into records and hands them to the current pipeline. Capture happens on the calling thread:
 * timestamp, thread name, context snapshot, fields with suppliers evaluated, exception, and the call site when enabled.
 * Nothing here throws into the caller: a failure is reported on the diagnostic channel and the record is counted lost.
 */
public final class Engine {

    /** Packages of Cairn and of the logging APIs bridged to it: the call site is the first frame outside them. */
    private static final Set<String> LOGGING_PACKAGES = Set.of("dev.cairn", "dev.cairn.jul", "dev.cairn.spi",
            "dev.cairn.slf4j", "java.util.logging", "sun.util.logging", "org.slf4j", "org.slf4j.spi",
            "org.apache.logging.slf4j", "org.apache.logging.log4j", "org.apache.logging.log4j.spi",
            "org.apache.commons.logging", "org.apache.commons.logging.impl");
    private static final StackWalker WALKER = StackWalker.getInstance();

    private final Diagnostics diagnostics;
    private final Clock clock;
    private volatile Pipeline pipeline;
    private volatile boolean captureLocation;

    public Engine(Diagnostics diagnostics, Clock clock) {
        this.diagnostics = diagnostics;
        this.clock = clock;
        this.pipeline = new Pipeline(List.of(), diagnostics);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Replaces the sinks; records in flight on the old ones finish there, later ones go to the new ones. */
    public void install(List<Sink> sinks, boolean captureLocation) {
        Pipeline previous = pipeline;
        Pipeline next = new Pipeline(sinks, diagnostics, previous);
        this.captureLocation = captureLocation;
        pipeline = next;
        previous.close(next);
    }

    /** Closes every sink; records logged afterwards are dropped and reported. */
    public void close() {
        Pipeline previous = pipeline;
        pipeline = new Pipeline(List.of(), diagnostics);
        previous.close(null);
    }

    public void log(String logger, Level level, String template, Object[] args) {
        log(logger, level, template, args, null, null);
    }

    public void log(String logger, Level level, String template, Object[] args, FieldList fields, Throwable cause) {
        try {
            dispatch(capture(logger, level, template, args, fields, cause));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            diagnostics.throttled("capture", "a record of logger " + logger + " was lost: capturing it failed with "
                    + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /** Writes an already captured record to every sink. */
    public void dispatch(LogRecord record) {
        while (!pipeline.dispatch(record)) {
            Thread.onSpinWait();
        }
    }

    private CapturedRecord capture(String logger, Level level, String template, Object[] args, FieldList fields,
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
        return new CapturedRecord(RecordKind.LOG, now.getEpochSecond(), now.getNano(), level, logger, template, plain,
                plainCount, Thread.currentThread().getName(), context, fields, thrown,
                captureLocation ? callSite() : null);
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
        return WALKER.walk(frames -> frames
                .filter(frame -> !isOwnFrame(frame.getClassName()))
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
    }

    private static boolean isOwnFrame(String className) {
        if (className.startsWith("dev.cairn.internal.")) {
            return true;
        }
        int dot = className.lastIndexOf('.');
        return dot > 0 && LOGGING_PACKAGES.contains(className.substring(0, dot));
    }
}
