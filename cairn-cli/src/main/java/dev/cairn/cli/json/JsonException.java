package dev.cairn.cli.json;

/** A line is not well-formed JSON; {@code position} is the byte offset where parsing stopped. */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsonException(String message, int position) {
        super(message + " at byte " + position, null, false, false);
    }
}
