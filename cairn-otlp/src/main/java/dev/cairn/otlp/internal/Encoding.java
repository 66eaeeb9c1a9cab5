package dev.cairn.otlp.internal;

import java.util.List;

/**
 * One of the two OTLP/HTTP encodings. Each record or flow becomes one item, {@link ScopedItem}: its instrumentation
 * scope and its encoded log record or spans; a request gathers the items of a batch under the resource and their
 * scopes.
 */
interface Encoding {

    /** The {@code Content-Type} of a request. */
    String contentType();

    /** {@code entry} as the bytes of one log record inside a scope. */
    byte[] logRecord(LogEntry entry);

    /** {@code spans} as the bytes of spans inside a scope. */
    byte[] spans(List<SpanEntry> spans);

    /** The export request of {@code signal} for {@code items}, each a {@link ScopedItem}. */
    byte[] request(Signal signal, List<Attribute> resource, List<byte[]> items);

    /** The partial success in an export response's body. */
    PartialSuccess partialSuccess(Signal signal, byte[] body);

    static Encoding of(String protocol) {
        return protocol.equals(OtlpOptions.HTTP_JSON) ? new JsonEncoding() : new ProtobufEncoding();
    }
}
