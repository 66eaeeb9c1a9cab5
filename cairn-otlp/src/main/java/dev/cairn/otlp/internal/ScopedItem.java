package dev.cairn.otlp.internal;

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
        byte[] item = new byte[2 + length + payload.length];
        item[0] = (byte) (length >>> 8);
        item[1] = (byte) length;
        System.arraycopy(name, 0, item, 2, length);
        System.arraycopy(payload, 0, item, 2 + length, payload.length);
        return item;
    }

    /** The encoded record inside an item: {@code length} bytes of {@code item} from {@code offset}. */
    record Payload(byte[] item, int offset, int length) {
        String text() {
            return new String(item, offset, length, StandardCharsets.UTF_8);
        }
    }

    /** The payloads of {@code items} grouped by scope, scopes in the order they first appear; nothing is copied. */
    static Map<String, List<Payload>> byScope(List<byte[]> items) {
        Map<String, List<Payload>> groups = new LinkedHashMap<>();
        for (byte[] item : items) {
            int length = ((item[0] & 0xFF) << 8) | (item[1] & 0xFF);
            String scope = new String(item, 2, length, StandardCharsets.UTF_8);
            groups.computeIfAbsent(scope, s -> new ArrayList<>())
                    .add(new Payload(item, 2 + length, item.length - 2 - length));
        }
        return groups;
    }
}
