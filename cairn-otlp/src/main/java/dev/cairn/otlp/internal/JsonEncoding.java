package dev.cairn.otlp.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * OTLP/HTTP's JSON encoding ({@code application/json}) as the specification defines it: field names in lowerCamelCase,
 * trace and span ids as hex strings (not base64), enums as integers, 64-bit integers as decimal strings. An item holds
 * one JSON object (a log record) or several separated by commas (a flow's spans), so a request joins items with
 * commas.
 */
final class JsonEncoding implements Encoding {

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public byte[] logRecord(LogEntry entry) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\"timeUnixNano\":\"").append(Long.toUnsignedString(entry.timeUnixNano()));
        out.append("\",\"observedTimeUnixNano\":\"").append(Long.toUnsignedString(entry.observedTimeUnixNano()));
        out.append("\",\"severityNumber\":").append(entry.severityNumber());
        out.append(",\"severityText\":");
        string(out, entry.severityText());
        out.append(",\"body\":");
        anyValue(out, entry.body());
        out.append(",\"attributes\":");
        attributes(out, entry.attributes());
        if (entry.traceId() != null) {
            out.append(",\"flags\":1,\"traceId\":\"").append(Hex.of(entry.traceId()));
            out.append("\",\"spanId\":\"").append(Hex.of(entry.spanId())).append('"');
        }
        out.append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] spans(List<SpanEntry> spans) {
        StringBuilder out = new StringBuilder(256 * spans.size());
        for (SpanEntry span : spans) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append("{\"traceId\":\"").append(Hex.of(span.traceId()));
            out.append("\",\"spanId\":\"").append(Hex.of(span.spanId())).append('"');
            if (span.parentSpanId() != null) {
                out.append(",\"parentSpanId\":\"")
                        .append(Hex.of(span.parentSpanId()))
                        .append('"');
            }
            out.append(",\"flags\":1,\"name\":");
            string(out, span.name());
            out.append(",\"kind\":").append(span.kind());
            out.append(",\"startTimeUnixNano\":\"").append(Long.toUnsignedString(span.startUnixNano()));
            out.append("\",\"endTimeUnixNano\":\"").append(Long.toUnsignedString(span.endUnixNano()));
            out.append("\",\"attributes\":");
            attributes(out, span.attributes());
            out.append(",\"status\":{");
            if (span.statusCode() != SpanEntry.UNSET) {
                out.append("\"code\":").append(span.statusCode());
                if (span.statusMessage() != null) {
                    out.append(",\"message\":");
                    string(out, span.statusMessage());
                }
            }
            out.append("}}");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] request(Signal signal, List<Attribute> resource, List<byte[]> items) {
        StringBuilder out = new StringBuilder(1024);
        out.append("{\"").append(signal.resourceField).append("\":[{\"resource\":{\"attributes\":");
        attributes(out, resource);
        out.append("},\"").append(signal.scopeField).append("\":[");
        boolean firstScope = true;
        for (Map.Entry<String, List<ScopedItem.Payload>> group :
                ScopedItem.byScope(items).entrySet()) {
            if (!firstScope) {
                out.append(',');
            }
            firstScope = false;
            out.append("{\"scope\":{\"name\":");
            string(out, group.getKey());
            out.append("},\"").append(signal.itemsField).append("\":[");
            boolean first = true;
            for (ScopedItem.Payload payload : group.getValue()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(payload.text());
            }
            out.append("]}");
        }
        out.append("]}]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public PartialSuccess partialSuccess(Signal signal, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        String rejected = JsonScan.valueOf(text, signal.rejectedField);
        if (rejected == null) {
            return PartialSuccess.NONE;
        }
        long count;
        try {
            count = Long.parseLong(rejected);
        } catch (NumberFormatException e) {
            count = 0;
        }
        String message = JsonScan.valueOf(text, "errorMessage");
        return new PartialSuccess(Math.max(0, count), message == null ? "" : message);
    }

    private static void attributes(StringBuilder out, List<Attribute> attributes) {
        out.append('[');
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            keyValue(out, attributes.get(i));
        }
        out.append(']');
    }

    private static void keyValue(StringBuilder out, Attribute attribute) {
        out.append("{\"key\":");
        string(out, attribute.key());
        out.append(",\"value\":");
        anyValue(out, attribute.value());
        out.append('}');
    }

    private static void anyValue(StringBuilder out, Value value) {
        if (value instanceof Value.Text text) {
            out.append("{\"stringValue\":");
            string(out, text.value());
            out.append('}');
        } else if (value instanceof Value.Bool bool) {
            out.append("{\"boolValue\":").append(bool.value()).append('}');
        } else if (value instanceof Value.Int integer) {
            out.append("{\"intValue\":\"").append(integer.value()).append("\"}");
        } else if (value instanceof Value.Real real) {
            out.append("{\"doubleValue\":");
            double d = real.value();
            if (Double.isNaN(d)) {
                out.append("\"NaN\"");
            } else if (Double.isInfinite(d)) {
                out.append(d > 0 ? "\"Infinity\"" : "\"-Infinity\"");
            } else {
                out.append(d);
            }
            out.append('}');
        } else if (value instanceof Value.Array array) {
            out.append("{\"arrayValue\":{\"values\":[");
            for (int i = 0; i < array.values().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                anyValue(out, array.values().get(i));
            }
            out.append("]}}");
        } else if (value instanceof Value.KeyValues map) {
            out.append("{\"kvlistValue\":{\"values\":");
            attributes(out, map.entries());
            out.append("}}");
        } else {
            out.append("{}");
        }
    }

    /** Appends {@code text} as a JSON string: quotes, backslashes, control characters and lone surrogates escaped. */
    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                unicodeEscape(out, c);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        for (int pad = hex.length(); pad < 4; pad++) {
            out.append('0');
        }
        out.append(hex);
    }
}
