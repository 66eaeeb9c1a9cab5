package dev.cairn.otlp.internal;

/**
 * Finds one scalar member by name in a collector's small JSON answer (the partial success of an export response),
 * without a JSON library: the first {@code "name":} followed by a string or a number. Escapes in strings are kept
 * as written except {@code \"} and {@code \\}; the value is only reported and counted.
 */
final class JsonScan {

    private JsonScan() {}

    /** The text of the member's value (a string's content, or a number), or null when absent. */
    static String valueOf(String json, String name) {
        String key = "\"" + name + "\"";
        int at = json.indexOf(key);
        while (at >= 0) {
            int i = skipSpace(json, at + key.length());
            if (i < json.length() && json.charAt(i) == ':') {
                i = skipSpace(json, i + 1);
                if (i < json.length() && json.charAt(i) == '"') {
                    return stringFrom(json, i + 1);
                }
                int end = i;
                while (end < json.length() && "-+0123456789.eE".indexOf(json.charAt(end)) >= 0) {
                    end++;
                }
                return end > i ? json.substring(i, end) : null;
            }
            at = json.indexOf(key, at + 1);
        }
        return null;
    }

    private static int skipSpace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stringFrom(String json, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                out.append(next == '"' || next == '\\' ? String.valueOf(next) : "\\" + next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
