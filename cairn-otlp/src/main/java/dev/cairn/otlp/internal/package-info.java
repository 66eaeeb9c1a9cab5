/**
 * The otlp sink type's implementation: OTLP/HTTP encodings (a hand-written protobuf writer and the JSON mapping),
 * the mapping of records to log records and of flows to spans, the transport, and the options. Not exported.
 */
package dev.cairn.otlp.internal;
