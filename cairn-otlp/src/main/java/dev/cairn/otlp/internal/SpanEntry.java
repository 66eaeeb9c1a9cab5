package dev.cairn.otlp.internal;

import java.util.List;

/**
 * One OTLP span, ready to encode: a flow or one of its steps.
 *
 * @param parentSpanId 8 bytes, or null for a root span
 * @param kind {@link #INTERNAL} or {@link #SERVER}
 * @param statusCode {@link #UNSET} or {@link #ERROR}
 * @param statusMessage the failure, or null
 */
record SpanEntry(
        byte[] traceId,
        byte[] spanId,
        byte[] parentSpanId,
        String name,
        int kind,
        long startUnixNano,
        long endUnixNano,
        List<Attribute> attributes,
        int statusCode,
        String statusMessage) {

    static final int INTERNAL = 1;
    static final int SERVER = 2;
    static final int UNSET = 0;
    static final int ERROR = 2;
}
