/**
 * The {@code kafka} sink's internals: the sink, the item each record becomes (key, headers, JSON value), the producer
 * settings and the transport that produces a batch. Not exported.
 */
package dev.cairn.kafka.internal;
