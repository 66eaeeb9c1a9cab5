package dev.cairn;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Starts flows whose records go to one log system: {@link LogSystem#flows()}. The static methods of {@link Flow} use the
 * process-wide system.
 */
public final class Flows {

    private static final int REJECTED_VALUE_LENGTH = 100;

    private final LogSystem system;

    Flows(LogSystem system) {
        this.system = system;
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
        FlowFrame current = LogContext.current().frame();
        if (current != null && !current.flow().ended()) {
            Duration maxDuration = system.flowLimits().maxDuration();
            if (current.flow().ageNanos() <= maxDuration.toNanos()) {
                Step.warn(current.flow(), "nested flow runs as a step of the active flow", "nested_flow", name);
                return new Flow(Step.begin(name, current));
            }
            current.flow().end(null, "abandoned");
            ContextStack.current().dropFlow(current.flow());
        }
        TraceContext parent = TraceContext.parse(traceparent);
        FlowState state = new FlowState(system, name, parent, system.flowLimits().maxSteps());
        LogContext.Scope scope = ContextStack.current().push(state.rootContext());
        if (traceparent != null && parent == null) {
            String shown = traceparent.length() > REJECTED_VALUE_LENGTH
                    ? traceparent.substring(0, REJECTED_VALUE_LENGTH) + "…" : traceparent;
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
