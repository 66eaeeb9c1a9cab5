package dev.cairn.internal.config;

/**
 * What a key or option is when no source sets it validly, and how error lines name it ("using the default 10MB").
 *
 * @param value the value, or null when the setting is simply absent (no service, no file of a named sink)
 * @param raw the text {@code value} was read from, as the docs write it; null when absent
 * @param description the words after "using" in error lines
 * @param <T> the type of the value
 */
public record Fallback<T>(T value, String raw, String description) {

    /** {@code raw} read as {@code type}, described as "the default {@code raw}". */
    public static <T> Fallback<T> of(ValueType<T> type, String raw) {
        return of(type, raw, "the default " + raw);
    }

    /** {@code raw} read as {@code type}, described as {@code description}. */
    public static <T> Fallback<T> of(ValueType<T> type, String raw, String description) {
        return new Fallback<>(type.parse(raw), raw, description);
    }

    /** No value, described as {@code description} ("no service"). */
    public static <T> Fallback<T> absent(String description) {
        return new Fallback<>(null, null, description);
    }

    /** Whether there is a value. */
    public boolean isPresent() {
        return value != null;
    }
}
