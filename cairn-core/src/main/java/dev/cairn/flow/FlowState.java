package dev.cairn.flow;

import dev.cairn.Level;
import dev.cairn.LogSystem;
import dev.cairn.Logger;
import dev.cairn.Ticker;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import dev.cairn.internal.Engine;
import dev.cairn.internal.FieldList;
import dev.cairn.spi.RecordKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One running flow: its ids, its timeline and its failure. Steps may run on several threads at once; the timeline and
 * counters are guarded by this object's lock, which only the steps of this flow share.
 *
 * <p>Memory is bounded: beyond {@code maxSteps} steps are counted but not stored, and a failed step's exception is
 * remembered only while the flow runs.
 */
final class FlowState {

    static final String LOGGER = "cairn.flow";

    private final LogSystem system;
    private final Engine engine;
    private final Ticker ticker;
    private final String label;
    private final String flowId;
    private final String traceId;
    private final String spanId;
    private final String parentSpanId;
    private final long startNanos;
    private final int maxSteps;
    private final List<StepRecord> timeline = new ArrayList<>();
    private final Map<Throwable, StepRecord> stepFailures = new IdentityHashMap<>();
    private int stepsStarted;
    private int stepsNotStored;
    private volatile boolean ended;
    /** The context the flow started in (a request's {@code request_id}), carried by its own records too. */
    private final ContextSnapshot outer;

    FlowState(LogSystem system, Engine engine, String label, TraceContext parent, int maxSteps) {
        this.system = system;
        this.engine = engine;
        this.ticker = system.ticker();
        this.label = label;
        String idLabel = idLabel(label);
        this.flowId = idLabel.isEmpty()
                ? TraceContext.newSpanId().substring(0, 8)
                : idLabel + "-" + TraceContext.newSpanId().substring(0, 8);
        this.traceId = parent == null ? TraceContext.newTraceId() : parent.traceId();
        this.spanId = TraceContext.newSpanId();
        this.parentSpanId = parent == null ? null : parent.spanId();
        this.startNanos = ticker.nanoTime();
        this.maxSteps = maxSteps;
        this.outer = LogContext.current();
    }

    /**
     * The label as it appears in the id: runs of characters other than letters, digits, {@code . _ : -} become one
     * {@code _}, cut to 64 characters, so that ids are safe to grep and to pass in headers.
     */
    static String idLabel(String label) {
        String safe = label.replaceAll("[^A-Za-z0-9._:-]+", "_").replaceAll("^_+|_+$", "");
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }

    String flowId() {
        return flowId;
    }

    String traceId() {
        return traceId;
    }

    String spanId() {
        return spanId;
    }

    String label() {
        return label;
    }

    boolean ended() {
        return ended;
    }

    long ageNanos() {
        return ticker.nanoTime() - startNanos;
    }

    /** The frame of the flow itself, for its root context layer. */
    FlowFrame rootFrame() {
        return new FlowFrame(this, spanId, parentSpanId, 0);
    }

    /** The context fields every record inside carries, with the flow's frame. */
    LogContext.Builder rootContext() {
        return LogContext.with("trace_id", traceId)
                .with("span_id", spanId)
                .with("flow_id", flowId)
                .with(FlowFrame.KEY, rootFrame());
    }

    StepRecord beginStep(String name, FlowFrame parent) {
        synchronized (this) {
            stepsStarted++;
            return new StepRecord(
                    name,
                    stepsStarted,
                    TraceContext.newSpanId(),
                    parent.spanId(),
                    parent.depth() + 1,
                    ticker.nanoTime() - startNanos,
                    Thread.currentThread().getName());
        }
    }

    void endStep(StepRecord step, Throwable failure) {
        long endNanos = ticker.nanoTime() - startNanos;
        synchronized (this) {
            step.finish(endNanos, failure);
            if (failure != null) {
                stepFailures.putIfAbsent(failure, step);
            }
            if (timeline.size() < maxSteps) {
                timeline.add(step);
            } else {
                stepsNotStored++;
            }
        }
    }

    void logStart() {
        FieldList fields = new FieldList(3);
        fields.add("flow_type", "flow_start");
        fields.add("flow_label", label);
        if (parentSpanId != null) {
            fields.add("parent_span_id", parentSpanId);
        }
        emit(Level.INFO, "flow_start", fields, null);
    }

    /** Ends the flow: {@code failure} is the exception that ended it, or null; {@code status} success, failed or abandoned. */
    void end(Throwable failure, String status) {
        end(failure, status, false);
    }

    /** Ends the flow; {@code stackLogged}: the failure's stack trace is already in another record, so not repeated. */
    void end(Throwable failure, String status, boolean stackLogged) {
        double totalMs = millis(ticker.nanoTime() - startNanos);
        List<Map<String, Object>> entries;
        int started;
        int notStored;
        StepRecord failedStep;
        synchronized (this) {
            ended = true;
            List<StepRecord> ordered = new ArrayList<>(timeline);
            ordered.sort(Comparator.comparingLong(StepRecord::startNanos).thenComparingInt(StepRecord::index));
            entries = new ArrayList<>(ordered.size());
            for (StepRecord step : ordered) {
                entries.add(step.toMap());
            }
            started = stepsStarted;
            notStored = stepsNotStored;
            failedStep = failure == null ? null : stepThatRaised(failure);
            stepFailures.clear();
        }
        FieldList fields = new FieldList(10);
        fields.add("flow_type", "flow_end");
        fields.add("flow_label", label);
        fields.add("flow_status", status);
        fields.add("total_ms", totalMs);
        fields.add("steps", started);
        fields.add("timeline", Collections.unmodifiableList(entries));
        if (notStored > 0) {
            fields.add("timeline_truncated", true);
            fields.add("steps_not_in_timeline", notStored);
        }
        if (failure != null) {
            fields.add("failed_at", failedStep == null ? label : failedStep.name());
            if (failedStep != null) {
                fields.add("step", failedStep.index() + "/" + started);
            }
            fields.add("flow_error", failure.getClass().getName() + ": " + failure.getMessage());
        }
        Level level = failure != null ? Level.ERROR : status.equals("success") ? Level.INFO : Level.WARN;
        emit(level, "flow_end", fields, stackLogged ? null : failure);
    }

    /** The innermost step where {@code failure}, or an exception it wraps, was first seen. */
    private StepRecord stepThatRaised(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++) {
            StepRecord step = stepFailures.get(cause);
            if (step != null) {
                return step;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return null;
    }

    void warn(String message, FieldList fields) {
        emit(Level.WARN, message, fields, null);
    }

    private void emit(Level level, String message, FieldList fields, Throwable failure) {
        Logger logger = system.logger(LOGGER);
        if (logger.isEnabled(level)) {
            // The flow's ids go on its records whichever thread ends it (an async flow ends on the completing thread).
            try (LogContext.Scope started = outer.attach();
                    LogContext.Scope ignored = rootContext().open()) {
                engine.log(RecordKind.FLOW, LOGGER, level, message, null, fields, failure);
            }
        }
    }

    static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    /** One step of the timeline. Mutable until finished, then read only under the flow's lock. */
    static final class StepRecord {
        private final String name;
        private final int index;
        private final String spanId;
        private final String parentSpanId;
        private final int depth;
        private final long startNanos;
        private final String thread;
        private long endNanos;
        private boolean failed;

        StepRecord(
                String name, int index, String spanId, String parentSpanId, int depth, long startNanos, String thread) {
            this.name = name;
            this.index = index;
            this.spanId = spanId;
            this.parentSpanId = parentSpanId;
            this.depth = depth;
            this.startNanos = startNanos;
            this.thread = thread;
        }

        String name() {
            return name;
        }

        int index() {
            return index;
        }

        String spanId() {
            return spanId;
        }

        String parentSpanId() {
            return parentSpanId;
        }

        int depth() {
            return depth;
        }

        long startNanos() {
            return startNanos;
        }

        void finish(long endNanos, Throwable failure) {
            this.endNanos = endNanos;
            this.failed = failure != null;
        }

        Map<String, Object> toMap() {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fn", name);
            entry.put("ms", millis(endNanos - startNanos));
            entry.put("status", failed ? "failed" : "ok");
            entry.put("depth", depth);
            entry.put("start_ms", millis(startNanos));
            entry.put("span_id", spanId);
            entry.put("parent_span_id", parentSpanId);
            entry.put("thread", thread);
            return entry;
        }
    }
}
