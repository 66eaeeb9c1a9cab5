/**
 * Context: fields that every record logged in a scope carries ({@link dev.cairn.context.LogContext}), immutable
 * snapshots of them ({@link dev.cairn.context.ContextSnapshot}) carried to executors and future chains, and typed
 * slots for values that travel with the context without being written ({@link dev.cairn.context.ContextKey}). This
 * package depends on nothing else in Cairn.
 */
package dev.cairn.context;
