package dev.cairn.flow;

import dev.cairn.context.LogContext;
import dev.cairn.internal.FieldList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A timed part of the current flow; it appears in the flow's {@code timeline} with its duration and status, and
 * records logged inside carry its {@code span_id}. Steps nest, and may run on other threads when context is carried
 * there ({@link LogContext#wrap}). Outside a flow a step just runs its body and records nothing.
 *
 * <pre>{@code
 * Step.run("validate_payment", () -> validate(amount));
 * Receipt receipt = Step.call("charge_card", () -> gateway.charge(card, amount));   // checked exceptions pass through
 * CompletableFuture<Stock> stock = Step.async("reserve_stock", () -> inventory.reserveAsync(sku));
 * }</pre>
 *
 * Exceptions are recorded (the step is marked failed) and rethrown unchanged.
 */
public final class Step implements AutoCloseable {

    /** A step body without a result. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** A step body with a result. */
    @FunctionalInterface
    public interface Body<T, E extends Exception> {
        T call() throws E;
    }

    private static final Step OUTSIDE_FLOW = new Step(null, null, null);

    private final FlowState flow;
    private final FlowState.StepRecord record;
    private final LogContext.Scope scope;
    private Throwable failure;
    private boolean closed;
    private boolean endsLater;

    private Step(FlowState flow, FlowState.StepRecord record, LogContext.Scope scope) {
        this.flow = flow;
        this.record = record;
        this.scope = scope;
    }

    /** Starts a step for a try-with-resources block; call {@link #fail} in a catch to mark it failed. */
    public static Step start(String name) {
        FlowFrame parent = FlowFrame.current();
        if (parent == null || parent.flow().ended()) {
            return OUTSIDE_FLOW;
        }
        return begin(String.valueOf(name), parent);
    }

    static Step begin(String name, FlowFrame parent) {
        FlowState flow = parent.flow();
        FlowState.StepRecord record = flow.beginStep(name, parent);
        FlowFrame frame = new FlowFrame(flow, record.spanId(), record.parentSpanId(), record.depth());
        LogContext.Scope scope = LogContext.with("span_id", record.spanId())
                .with(FlowFrame.KEY, frame)
                .open();
        return new Step(flow, record, scope);
    }

    /** Runs {@code action} as a step named {@code name}. */
    public static <E extends Exception> void run(String name, Action<E> action) throws E {
        try (Step step = start(name)) {
            try {
                action.run();
            } catch (Throwable t) {
                step.fail(t);
                throw t;
            }
        }
    }

    /** Calls {@code body} as a step named {@code name} and returns its result. */
    public static <T, E extends Exception> T call(String name, Body<T, E> body) throws E {
        try (Step step = start(name)) {
            try {
                return body.call();
            } catch (Throwable t) {
                step.fail(t);
                throw t;
            }
        }
    }

    /**
     * Starts asynchronous work as a step that lasts until the returned stage completes, and fails if it fails. The
     * work is started with the step's context, so steps inside it nest under this one.
     */
    public static <T> CompletableFuture<T> async(String name, Supplier<? extends CompletionStage<T>> work) {
        Step step = start(name);
        CompletionStage<T> stage;
        try {
            stage = work.get();
        } catch (RuntimeException | Error e) {
            step.fail(e);
            step.close();
            throw e;
        }
        return step.endWhen(stage);
    }

    /**
     * Ends this step when {@code stage} completes (failed if it fails) instead of at {@link #close()}, and leaves the
     * step's context on this thread now.
     *
     * @return a future that completes as {@code stage} does, once the step has been recorded
     */
    public <T> CompletableFuture<T> endWhen(CompletionStage<T> stage) {
        if (flow != null) {
            endsLater = true;
            detach();
        }
        return Completions.after(stage, this::finish);
    }

    /** Marks the step failed with {@code cause}; the flow uses it to name where a failure happened. */
    public void fail(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    /** The step's span id, or null outside a flow. */
    public String spanId() {
        return record == null ? null : record.spanId();
    }

    /** Ends the step, unless {@link #endWhen} handed its end to a future. Closing twice is harmless. */
    @Override
    public void close() {
        if (flow == null || closed || endsLater) {
            return;
        }
        detach();
        finish(failure);
    }

    /** Leaves the step's context on this thread without ending the step. */
    void detach() {
        if (scope != null) {
            scope.close();
        }
    }

    private synchronized void finish(Throwable cause) {
        if (flow == null || closed) {
            return;
        }
        closed = true;
        flow.endStep(record, cause != null ? cause : failure);
    }

    /** Logs one WARN record on the flow's logger. */
    static void warn(FlowState flow, String message, String key, Object value) {
        FieldList fields = new FieldList(1);
        fields.add(key, value);
        flow.warn(message, fields);
    }
}
