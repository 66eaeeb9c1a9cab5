package dev.cairn.otlp.internal;

import java.util.List;

/**
 * One OTLP log record, ready to encode.
 *
 * @param traceId 16 bytes, or null outside a trace
 * @param spanId 8 bytes, or null outside a trace
 */
record LogEntry(
        long timeUnixNano,
        long observedTimeUnixNano,
        int severityNumber,
        String severityText,
        Value body,
        List<Attribute> attributes,
        byte[] traceId,
        byte[] spanId) {}
