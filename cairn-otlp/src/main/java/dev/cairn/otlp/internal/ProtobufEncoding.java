package dev.cairn.otlp.internal;

import java.util.List;
import java.util.Map;

/**
 * OTLP/HTTP's binary protobuf encoding ({@code application/x-protobuf}), field numbers as in the OTLP 1.x
 * {@code .proto} files. A log item holds a whole {@code log_records} field of {@code ScopeLogs}; a flow item holds
 * one {@code spans} field of {@code ScopeSpans} per span, so a request concatenates items as they are.
 */
final class ProtobufEncoding implements Encoding {

    @Override
    public String contentType() {
        return "application/x-protobuf";
    }

    @Override
    public byte[] logRecord(LogEntry entry) {
        ProtoWriter record = new ProtoWriter()
                .fixed64(1, entry.timeUnixNano())
                .varint(2, entry.severityNumber())
                .string(3, entry.severityText())
                .message(5, anyValue(entry.body()));
        attributes(record, 6, entry.attributes());
        if (entry.traceId() != null) {
            record.fixed32(8, 1).bytes(9, entry.traceId()).bytes(10, entry.spanId());
        }
        record.fixed64(11, entry.observedTimeUnixNano());
        return new ProtoWriter().message(2, record).toByteArray();
    }

    @Override
    public byte[] spans(List<SpanEntry> spans) {
        ProtoWriter out = new ProtoWriter();
        for (SpanEntry span : spans) {
            ProtoWriter message = new ProtoWriter().bytes(1, span.traceId()).bytes(2, span.spanId());
            if (span.parentSpanId() != null) {
                message.bytes(4, span.parentSpanId());
            }
            message.string(5, span.name())
                    .varint(6, span.kind())
                    .fixed64(7, span.startUnixNano())
                    .fixed64(8, span.endUnixNano());
            attributes(message, 9, span.attributes());
            ProtoWriter status = new ProtoWriter();
            if (span.statusMessage() != null) {
                status.string(2, span.statusMessage());
            }
            if (span.statusCode() != SpanEntry.UNSET) {
                status.varint(3, span.statusCode());
            }
            message.message(15, status).fixed32(16, 1);
            out.message(2, message);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] request(Signal signal, List<Attribute> resource, List<byte[]> items) {
        ProtoWriter resourceMessage = new ProtoWriter();
        attributes(resourceMessage, 1, resource);
        ProtoWriter resourceEntry = new ProtoWriter().message(1, resourceMessage);
        for (Map.Entry<String, List<byte[]>> group : ScopedItem.byScope(items).entrySet()) {
            ProtoWriter scope = new ProtoWriter().message(1, new ProtoWriter().string(1, group.getKey()));
            for (byte[] payload : group.getValue()) {
                scope.raw(payload);
            }
            resourceEntry.message(2, scope);
        }
        return new ProtoWriter().message(1, resourceEntry).toByteArray();
    }

    @Override
    public PartialSuccess partialSuccess(Signal signal, byte[] body) {
        ProtoReader response = new ProtoReader(body);
        while (response.next()) {
            if (response.field() == 1) {
                ProtoReader partial = response.message();
                long rejected = 0;
                String message = "";
                while (partial.next()) {
                    if (partial.field() == 1) {
                        rejected = partial.longValue();
                    } else if (partial.field() == 2) {
                        message = partial.string();
                    } else {
                        partial.skip();
                    }
                }
                return new PartialSuccess(Math.max(0, rejected), message);
            }
            response.skip();
        }
        return PartialSuccess.NONE;
    }

    private static void attributes(ProtoWriter out, int field, List<Attribute> attributes) {
        for (Attribute attribute : attributes) {
            out.message(field, keyValue(attribute));
        }
    }

    private static ProtoWriter keyValue(Attribute attribute) {
        return new ProtoWriter().string(1, attribute.key()).message(2, anyValue(attribute.value()));
    }

    private static ProtoWriter anyValue(Value value) {
        ProtoWriter out = new ProtoWriter();
        if (value instanceof Value.Text text) {
            out.string(1, text.value());
        } else if (value instanceof Value.Bool bool) {
            out.bool(2, bool.value());
        } else if (value instanceof Value.Int integer) {
            out.varint(3, integer.value());
        } else if (value instanceof Value.Real real) {
            out.doubleValue(4, real.value());
        } else if (value instanceof Value.Array array) {
            ProtoWriter values = new ProtoWriter();
            for (Value item : array.values()) {
                values.message(1, anyValue(item));
            }
            out.message(5, values);
        } else if (value instanceof Value.KeyValues map) {
            ProtoWriter values = new ProtoWriter();
            attributes(values, 1, map.entries());
            out.message(6, values);
        }
        return out;
    }
}
