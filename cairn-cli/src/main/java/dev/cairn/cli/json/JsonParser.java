package dev.cairn.cli.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one JSON value into plain Java values: {@link LinkedHashMap} (key order kept),
 * {@link List}, {@link String}, {@link JsonNumber}, {@link Boolean} and {@code null}.
 *
 * <p>Used for the records a command shows in full (a few per screen), not on the counting hot
 * path, which uses {@link JsonLineScanner}. Nesting is capped so a hostile line cannot exhaust
 * the stack.
 */
public final class JsonParser {

    private static final int MAX_DEPTH = 200;

    private final byte[] b;
    private final int to;
    private int i;

    private JsonParser(byte[] b, int from, int to) {
        this.b = b;
        this.i = from;
        this.to = to;
    }

    /** Parses {@code b[from, to)}, which must hold exactly one value (whitespace around it allowed). */
    public static Object parse(byte[] b, int from, int to) {
        boolean bom =
                to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF;
        JsonParser p = new JsonParser(b, bom ? from + 3 : from, to);
        p.skipWhitespace();
        Object v = p.value(0);
        p.skipWhitespace();
        if (p.i != to) {
            throw new JsonException("trailing characters", p.i);
        }
        return v;
    }

    /** Parses a line that must be a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(byte[] b, int from, int to) {
        Object v = parse(b, from, to);
        if (!(v instanceof Map)) {
            throw new JsonException("not an object", from);
        }
        return (Map<String, Object>) v;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonException("nested deeper than " + MAX_DEPTH, i);
        }
        if (i >= to) {
            throw new JsonException("unexpected end", i);
        }
        byte c = b[i];
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw new JsonException("unexpected character", i);
            }
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skipWhitespace();
        if (peek() == '}') {
            i++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new JsonException("expected a key", i);
            }
            String key = string();
            skipWhitespace();
            if (peek() != ':') {
                throw new JsonException("expected ':'", i);
            }
            i++;
            skipWhitespace();
            map.put(key, value(depth + 1));
            skipWhitespace();
            byte c = peek();
            i++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new JsonException("expected ',' or '}'", i - 1);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        i++;
        skipWhitespace();
        if (peek() == ']') {
            i++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value(depth + 1));
            skipWhitespace();
            byte c = peek();
            i++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw new JsonException("expected ',' or ']'", i - 1);
            }
        }
    }

    private String string() {
        int start = ++i;
        while (i < to) {
            byte c = b[i];
            if (c == '"') {
                String s = JsonStrings.decode(b, start, i);
                i++;
                return s;
            }
            i += c == '\\' ? 2 : 1;
        }
        throw new JsonException("unterminated string", start);
    }

    private JsonNumber number() {
        int start = i;
        i++;
        while (i < to) {
            byte c = b[i];
            if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                i++;
            } else {
                break;
            }
        }
        String text = new String(b, start, i - start, StandardCharsets.US_ASCII);
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new JsonException("malformed number", start);
        }
        return new JsonNumber(text);
    }

    private Object literal(String word, Object value) {
        int n = word.length();
        if (to - i < n) {
            throw new JsonException("unexpected end", i);
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                throw new JsonException("unexpected literal", i);
            }
        }
        i += n;
        return value;
    }

    private byte peek() {
        if (i >= to) {
            throw new JsonException("unexpected end", i);
        }
        return b[i];
    }

    private void skipWhitespace() {
        while (i < to) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            i++;
        }
    }
}
