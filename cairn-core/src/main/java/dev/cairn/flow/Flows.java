package dev.cairn.flow;

import dev.cairn.LogSystem;
import dev.cairn.context.LogContext;
import dev.cairn.internal.Engine;
import dev.cairn.internal.LogSystemAccess;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Starts flows, and instruments annotated objects, for one log system. The static methods of {@link Flow} use the
 * process-wide system.
 *
 * <pre>{@code
 * Flows flows = Flows.of(logs);
 * flows.run("nightly_export", () -> Step.run("dump", this::dump));
 * PaymentService payments = flows.instrument(PaymentService.class, new StripePaymentService());
 * }</pre>
 */
public final class Flows {

    private static final int REJECTED_VALUE_LENGTH = 100;

    private final LogSystem system;
    private final Engine engine;

    private Flows(LogSystem system) {
        this.system = system;
        this.engine = LogSystemAccess.engine(system);
    }

    /** The flows of {@code system}. */
    public static Flows of(LogSystem system) {
        return new Flows(Objects.requireNonNull(system, "system"));
    }

    /**
     * Wraps {@code target} in a proxy of interface {@code type} that applies its {@link Logged} and {@link LoggedFlow}
     * annotations, logging to this log system. For classes without an interface, use the {@code cairn-agent}.
     *
     * @throws IllegalArgumentException if {@code type} is not an interface
     */
    public <T> T instrument(Class<T> type, T target) {
        return LoggingProxy.create(system, type, target);
    }

    /** Starts a flow labelled {@code label} (may be empty) for a try-with-resources block. */
    public Flow start(String label) {
        return start(label, null);
    }

    /**
     * Starts a flow that continues the trace of an incoming W3C {@code traceparent} header; a malformed value starts a
     * new trace and is reported in one WARN record, escaped and cut to 100 characters.
     */
    public Flow start(String label, String traceparent) {
        String name = label == null ? "" : label;
        FlowFrame current = FlowFrame.current();
        if (current != null && !current.flow().ended()) {
            Duration maxDuration = LogSystemAccess.flowLimits(system).maxDuration();
            if (current.flow().ageNanos() <= maxDuration.toNanos()) {
                Step.warn(current.flow(), "nested flow runs as a step of the active flow", "nested_flow", name);
                return new Flow(Step.begin(name, current));
            }
            current.flow().end(null, "abandoned");
            FlowState abandoned = current.flow();
            FlowFrame.KEY.closeScopes(frame -> frame.flow() == abandoned);
        }
        TraceContext parent = TraceContext.parse(traceparent);
        FlowState state = new FlowState(
                system, engine, name, parent, LogSystemAccess.flowLimits(system).maxSteps());
        LogContext.Scope scope = state.rootContext().open();
        if (traceparent != null && parent == null) {
            String shown = traceparent.length() > REJECTED_VALUE_LENGTH
                    ? traceparent.substring(0, REJECTED_VALUE_LENGTH) + "…"
                    : traceparent;
            Step.warn(state, "malformed traceparent replaced by a new trace", "rejected_traceparent", shown);
        }
        state.logStart();
        return new Flow(state, scope);
    }

    /** Runs {@code action} as a flow; an exception ends the flow failed and is rethrown unchanged. */
    public <E extends Exception> void run(String label, Step.Action<E> action) throws E {
        try (Flow flow = start(label)) {
            try {
                action.run();
            } catch (Throwable t) {
                flow.fail(t);
                throw t;
            }
        }
    }

    /** Calls {@code body} as a flow and returns its result; an exception ends the flow failed and is rethrown. */
    public <T, E extends Exception> T call(String label, Step.Body<T, E> body) throws E {
        try (Flow flow = start(label)) {
            try {
                return body.call();
            } catch (Throwable t) {
                flow.fail(t);
                throw t;
            }
        }
    }

    /** Starts asynchronous work as a flow that ends when the returned stage completes. */
    public <T> CompletableFuture<T> async(String label, Supplier<? extends CompletionStage<T>> work) {
        Flow flow = start(label);
        CompletionStage<T> stage;
        try {
            stage = work.get();
        } catch (RuntimeException | Error e) {
            flow.fail(e);
            flow.close();
            throw e;
        }
        return flow.endWhen(stage);
    }
}
