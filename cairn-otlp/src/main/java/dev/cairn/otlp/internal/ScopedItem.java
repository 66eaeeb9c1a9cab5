package dev.cairn.otlp.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item a {@link dev.cairn.delivery.DeliveryChannel} carries for one record: the instrumentation scope (the logger's
 * name) and the encoded record, framed as a 2-byte length, the scope's UTF-8 bytes, then the payload.
 */
record ScopedItem(String scope, byte[] payload) {

    byte[] toBytes() {
        byte[] name = scope.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(name.length, 0xFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + length + payload.length);
        out.write(length >>> 8);
        out.write(length & 0xFF);
        out.write(name, 0, length);
        out.write(payload, 0, payload.length);
        return out.toByteArray();
    }

    static ScopedItem parse(byte[] item) {
        int length = ((item[0] & 0xFF) << 8) | (item[1] & 0xFF);
        String scope = new String(item, 2, length, StandardCharsets.UTF_8);
        byte[] payload = new byte[item.length - 2 - length];
        System.arraycopy(item, 2 + length, payload, 0, payload.length);
        return new ScopedItem(scope, payload);
    }

    /** The payloads of {@code items} grouped by scope, scopes in the order they first appear. */
    static Map<String, List<byte[]>> byScope(List<byte[]> items) {
        Map<String, List<byte[]>> groups = new LinkedHashMap<>();
        for (byte[] item : items) {
            ScopedItem scoped = parse(item);
            groups.computeIfAbsent(scoped.scope(), s -> new ArrayList<>()).add(scoped.payload());
        }
        return groups;
    }
}
