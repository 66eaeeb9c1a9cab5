package dev.cairn.flow;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A W3C Trace Context position: the trace a piece of work belongs to, the span it runs in, and the sampling flags.
 *
 * <pre>{@code
 * TraceContext incoming = TraceContext.parse(request.getHeader("traceparent"));   // null if absent or malformed
 * request.setHeader("traceparent", Flow.traceparent());                           // for an outgoing call
 * }</pre>
 *
 * @param traceId 32 lowercase hex digits, not all zero
 * @param spanId 16 lowercase hex digits, not all zero
 * @param flags the trace flags byte ({@code 01} = sampled)
 */
public record TraceContext(String traceId, String spanId, int flags) {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public TraceContext {
        if (!isId(traceId, 32) || !isId(spanId, 16) || flags < 0 || flags > 0xFF) {
            throw new IllegalArgumentException("invalid trace context: trace id must be 32 and span id 16 lowercase"
                    + " hex digits, not all zero; flags one byte");
        }
    }

    /**
     * Parses a {@code traceparent} header as the W3C specification says: version {@code 00} is exactly
     * {@code 00-<32 hex>-<16 hex>-<2 hex>}; a higher version (not {@code ff}) may carry more after a dash; hex is
     * lowercase; all-zero ids are invalid.
     *
     * @return the parsed context, or null when {@code header} is null or invalid
     */
    public static TraceContext parse(String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (value.length() < 55
                || !isHex(value, 0, 2)
                || value.startsWith("ff")
                || value.charAt(2) != '-'
                || value.charAt(35) != '-'
                || value.charAt(52) != '-'
                || !isHex(value, 53, 55)) {
            return null;
        }
        boolean version0 = value.startsWith("00");
        if (version0 ? value.length() != 55 : value.length() > 55 && value.charAt(55) != '-') {
            return null;
        }
        String traceId = value.substring(3, 35);
        String spanId = value.substring(36, 52);
        if (!isId(traceId, 32) || !isId(spanId, 16)) {
            return null;
        }
        return new TraceContext(traceId, spanId, Integer.parseInt(value.substring(53, 55), 16));
    }

    /** The {@code traceparent} header value: {@code 00-<trace id>-<span id>-<flags>}. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-" + HEX[flags >> 4] + HEX[flags & 0xF];
    }

    /** Whether the sampled flag is set. */
    public boolean sampled() {
        return (flags & 1) != 0;
    }

    static String newTraceId() {
        return randomHex(32);
    }

    static String newSpanId() {
        return randomHex(16);
    }

    private static String randomHex(int digits) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[digits];
        boolean zero = true;
        for (int i = 0; i < digits; i++) {
            int nibble = random.nextInt(16);
            zero &= nibble == 0;
            out[i] = HEX[nibble];
        }
        if (zero) {
            out[digits - 1] = '1';
        }
        return new String(out);
    }

    private static boolean isId(String id, int length) {
        if (id == null || id.length() != length || !isHex(id, 0, length)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (id.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return traceparent();
    }
}
