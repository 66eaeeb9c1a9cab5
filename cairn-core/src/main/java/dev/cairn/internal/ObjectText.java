package dev.cairn.internal;

import java.util.function.Supplier;

/** Turns caller objects into text without letting their {@code toString()} or supplier failures escape. */
public final class ObjectText {

    private ObjectText() {}

    /**
     * {@code String.valueOf(value)}, {@code "null"} if {@code toString()} returns null, or a marker naming the
     * exception if it throws.
     */
    public static String of(Object value) {
        try {
            String text = String.valueOf(value);
            return text == null ? "null" : text;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return "[toString() of " + value.getClass().getName() + " threw "
                    + e.getClass().getName() + "]";
        }
    }

    /** The supplier's result, or a marker naming the exception if it throws. */
    public static Object call(Supplier<?> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return "[supplier threw " + e.getClass().getName() + "]";
        }
    }

    /** The supplied message as text. */
    static String supplied(Supplier<String> message) {
        return message == null ? "null" : of(call(message));
    }
}
