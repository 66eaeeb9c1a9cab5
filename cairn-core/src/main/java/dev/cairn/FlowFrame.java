package dev.cairn;

/**
 * Where the current thread stands in a flow: the flow, the span of the innermost open step (or the flow's own span),
 * its parent span and its nesting depth (0 for the flow itself). Immutable; carried in context snapshots.
 */
record FlowFrame(FlowState flow, String spanId, String parentSpanId, int depth) {
}
