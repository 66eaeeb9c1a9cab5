package dev.cairn.flow;

import dev.cairn.Cairn;
import dev.cairn.context.LogContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A business operation or request recorded as one timeline: a {@code flow_start} record, the {@link Step}s inside
 * with their durations, and a {@code flow_end} record with the status, total time and timeline. Every record logged
 * inside carries {@code trace_id}, {@code span_id} and {@code flow_id}.
 *
 * <pre>{@code
 * Flow.run("checkout", () -> {
 *     Step.run("validate_payment", () -> validate(amount));
 *     Step.run("charge_card", () -> charge(amount));
 * });
 *
 * try (Flow flow = Flow.start("checkout", request.getHeader("traceparent"))) {
 *     ...
 * } catch (PaymentException e) {
 *     flow.fail(e);        // a try block cannot see its own exception
 *     throw e;
 * }
 * }</pre>
 *
 * A flow started inside an active flow does not start a new one: it becomes a step of the outer flow, and one WARN
 * record says so. The static methods use the process-wide log system; {@link Flows#of}
 * gives the same methods for another one.
 */
public final class Flow implements AutoCloseable {

    private final FlowState state;
    private final LogContext.Scope scope;
    private final Step nested;
    private Throwable failure;
    private boolean failureLogged;
    private boolean closed;
    private boolean endsLater;

    Flow(FlowState state, LogContext.Scope scope) {
        this.state = state;
        this.scope = scope;
        this.nested = null;
    }

    Flow(Step nested) {
        this.state = null;
        this.scope = null;
        this.nested = nested;
    }

    /** Starts a flow labelled {@code label}; its id is {@code label-<8 hex>}, or 8 hex digits for an empty label. */
    public static Flow start(String label) {
        return Flows.of(Cairn.system()).start(label);
    }

    /** Starts a flow continuing the trace of an incoming {@code traceparent} header (a malformed one starts a new trace). */
    public static Flow start(String label, String traceparent) {
        return Flows.of(Cairn.system()).start(label, traceparent);
    }

    /** Runs {@code action} as a flow. */
    public static <E extends Exception> void run(String label, Step.Action<E> action) throws E {
        Flows.of(Cairn.system()).run(label, action);
    }

    /** Calls {@code body} as a flow and returns its result. */
    public static <T, E extends Exception> T call(String label, Step.Body<T, E> body) throws E {
        return Flows.of(Cairn.system()).call(label, body);
    }

    /** Starts asynchronous work as a flow that ends when the returned stage completes. */
    public static <T> CompletableFuture<T> async(String label, Supplier<? extends CompletionStage<T>> work) {
        return Flows.of(Cairn.system()).async(label, work);
    }

    /**
     * Wraps {@code target} in a proxy of interface {@code type} that applies its {@link Logged} and {@link LoggedFlow}
     * annotations, logging to the process-wide log system; {@link Flows#instrument} does the same for another one.
     *
     * <pre>{@code
     * PaymentService payments = Flow.instrument(PaymentService.class, new StripePaymentService());
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code type} is not an interface
     */
    public static <T> T instrument(Class<T> type, T target) {
        return Flows.of(Cairn.system()).instrument(type, target);
    }

    /**
     * The {@code traceparent} header value for an outgoing call from here: the current trace and the innermost
     * step's span; null outside a flow.
     */
    public static String traceparent() {
        FlowFrame frame = FlowFrame.current();
        return frame == null ? null : new TraceContext(frame.flow().traceId(), frame.spanId(), 1).traceparent();
    }

    /** The current flow's id, or null outside a flow. */
    public static String currentId() {
        FlowFrame frame = FlowFrame.current();
        return frame == null ? null : frame.flow().flowId();
    }

    /** This flow's id, e.g. {@code checkout-3a7e2b1f}; for a nested flow, the outer flow's. */
    public String id() {
        return state != null ? state.flowId() : currentIdOr(null);
    }

    /** This flow's W3C trace id (32 hex digits). */
    public String traceId() {
        FlowFrame frame = FlowFrame.current();
        return state != null
                ? state.traceId()
                : frame == null ? null : frame.flow().traceId();
    }

    private static String currentIdOr(String fallback) {
        String id = currentId();
        return id == null ? fallback : id;
    }

    /**
     * Ends this flow when {@code stage} completes (failed if it fails) instead of at {@link #close()}, and leaves the
     * flow's context on this thread now.
     *
     * @return a future that completes as {@code stage} does, once {@code flow_end} has been logged
     */
    public <T> CompletableFuture<T> endWhen(CompletionStage<T> stage) {
        if (nested != null) {
            return nested.endWhen(stage);
        }
        endsLater = true;
        detach();
        return Completions.after(stage, this::finish);
    }

    /** Marks the flow failed with {@code cause}: its {@code flow_end} says where and why. */
    public void fail(Throwable cause) {
        if (nested != null) {
            nested.fail(cause);
        } else if (failure == null) {
            failure = cause;
        }
    }

    /**
     * As {@link #fail}, for a cause whose stack trace the caller writes itself (a request's {@code request_completed}):
     * {@code flow_end} names it in {@code flow_error} and {@code failed_at} without repeating the stack trace.
     */
    public void failLogged(Throwable cause) {
        if (nested != null) {
            nested.fail(cause);
        } else if (failure == null) {
            failure = cause;
            failureLogged = true;
        }
    }

    /** Ends the flow and writes its {@code flow_end} record, unless {@link #endWhen} deferred it. Closing twice is harmless. */
    @Override
    public void close() {
        if (nested != null) {
            nested.close();
            return;
        }
        if (endsLater) {
            return;
        }
        finish(failure);
        detach();
    }

    private void detach() {
        scope.close();
    }

    private synchronized void finish(Throwable cause) {
        if (closed) {
            return;
        }
        closed = true;
        Throwable ending = cause != null ? cause : failure;
        state.end(ending, ending == null ? "success" : "failed", failureLogged && ending == failure);
    }
}
