package dev.cairn.cli.record;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A field name as given on the command line ({@code user_id}, {@code error.type}), pre-encoded for byte comparison. */
public record FieldPath(String name, byte[] whole, byte[][] segments) {

    public static FieldPath of(String name) {
        String[] parts = name.split(Pattern.quote("."), -1);
        byte[][] segments = new byte[parts.length][];
        for (int k = 0; k < parts.length; k++) {
            segments[k] = parts[k].getBytes(StandardCharsets.UTF_8);
        }
        return new FieldPath(name, name.getBytes(StandardCharsets.UTF_8), segments);
    }
}
