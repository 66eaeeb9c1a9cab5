package dev.cairn.cli.record;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A field name as given on the command line ({@code user_id}, {@code error.type}), pre-encoded for byte comparison. */
public final class FieldPath {

    private final String name;
    private final byte[] whole;
    private final byte[][] segments;

    private FieldPath(String name) {
        this.name = name;
        this.whole = name.getBytes(StandardCharsets.UTF_8);
        String[] parts = name.split(Pattern.quote("."), -1);
        this.segments = new byte[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            segments[k] = parts[k].getBytes(StandardCharsets.UTF_8);
        }
    }

    public static FieldPath of(String name) {
        return new FieldPath(name);
    }

    /** The whole name as UTF-8, dots included: ECS writes dotted keys at top level. */
    byte[] whole() {
        return whole;
    }

    /** The name split at dots, for reaching into nested objects. */
    byte[][] segments() {
        return segments;
    }

    @Override
    public String toString() {
        return name;
    }
}
