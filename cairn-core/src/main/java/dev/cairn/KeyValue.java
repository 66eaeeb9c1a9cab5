package dev.cairn;

import java.util.Objects;

/**
 * A structured field passed among the arguments of a log call; it becomes a key of the record and never fills a
 * {@code {}} placeholder.
 *
 * <pre>{@code
 * import static dev.cairn.KeyValue.kv;
 * log.info("Processing order {}", orderId, kv("amount", 99.99));
 * }</pre>
 *
 * @param key the field name, never null
 * @param value the field value; a {@link java.util.function.Supplier} is called only if the record is written
 */
public record KeyValue(String key, Object value) {

    public KeyValue {
        Objects.requireNonNull(key, "key");
    }

    /** Creates a field for a log call's arguments. */
    public static KeyValue kv(String key, Object value) {
        return new KeyValue(key, value);
    }
}
