package dev.cairn.internal.layout;

/** Where {@link Utf8Output} and the text layout cut a value: never inside a surrogate pair. */
public final class JsonText {

    private JsonText() {}

    /** A cut at or below {@code maxLength} that does not split a surrogate pair. */
    static int cutPoint(CharSequence text, int maxLength) {
        if (maxLength > 0 && Character.isHighSurrogate(text.charAt(maxLength - 1))) {
            return maxLength - 1;
        }
        return maxLength;
    }
}
