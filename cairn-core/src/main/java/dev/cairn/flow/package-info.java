/**
 * Flows: a request or business operation as one timeline of timed steps. {@link dev.cairn.flow.Flow} and
 * {@link dev.cairn.flow.Step} time code blocks, {@link dev.cairn.flow.Logged} and {@link dev.cairn.flow.LoggedFlow}
 * mark methods for the interface proxy ({@link dev.cairn.flow.Flows#instrument}) or the {@code cairn-agent}, whose
 * runtime is {@link dev.cairn.flow.MethodCall}; {@link dev.cairn.flow.TraceContext} reads and writes W3C
 * {@code traceparent} headers.
 */
package dev.cairn.flow;
