package dev.cairn.otlp.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code key=value,key=value} lists of OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES (W3C Baggage
 * format): entries separated by commas, spaces around keys and values ignored, values percent-decoded ({@code %2C}
 * for a comma; {@code +} stays a plus).
 */
final class KeyValueList {

    private KeyValueList() {}

    /**
     * The entries of {@code text}, in order; a later entry for the same key replaces an earlier one.
     *
     * @throws IllegalArgumentException naming the entry's position (never its value) when one is malformed
     */
    static Map<String, String> parse(String text, String what) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return entries;
        }
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String key = equals < 0 ? "" : part.substring(0, equals).trim();
            if (key.isEmpty() || !key.chars().allMatch(KeyValueList::tokenChar)) {
                throw new IllegalArgumentException(
                        what + " " + (i + 1) + " is not name=value with a name of letters, digits and !#$%&'*+-.^_`|~");
            }
            entries.put(key, decode(part.substring(equals + 1).trim(), what + " " + key));
        }
        return entries;
    }

    private static boolean tokenChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String decode(String value, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int low = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException(
                            "the value of " + what + " has a % not followed by two hex digits");
                }
                out.write((high << 4) | low);
                i += 2;
            } else if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("the value of " + what + " has a control character");
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
