package dev.cairn.flow;

import dev.cairn.context.ContextKey;

/**
 * Where the current thread stands in a flow: the flow, the span of the innermost open step (or the flow's own span),
 * its parent span and its nesting depth (0 for the flow itself). Immutable; carried in context snapshots.
 */
record FlowFrame(FlowState flow, String spanId, String parentSpanId, int depth) {

    /** Where context snapshots keep the frame in force. */
    static final ContextKey<FlowFrame> KEY = ContextKey.named("cairn.flow");

    /** The frame in force on the current thread, or null outside a flow. */
    static FlowFrame current() {
        return KEY.current();
    }
}
