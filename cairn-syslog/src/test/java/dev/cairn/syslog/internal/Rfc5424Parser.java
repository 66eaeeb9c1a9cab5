package dev.cairn.syslog.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of RFC 5424 section 6's ABNF, written from the RFC for the tests: it rejects anything the grammar
 * does not allow (a header field with a space or a non-ASCII character, a field too long, an unescaped {@code "} or
 * {@code ]} in a PARAM-VALUE, a bad SD-NAME), and unescapes values.
 */
final class Rfc5424Parser {

    /** One parsed message; {@code params} in order, names as written. */
    record Message(
            int pri,
            String timestamp,
            String hostname,
            String appName,
            String procId,
            String msgId,
            String sdId,
            List<Map.Entry<String, String>> params,
            byte[] msg) {}

    private static final Pattern HEADER = Pattern.compile(
            "<([0-9]{1,3})>1 (\\S+) ([!-~]{1,255}) ([!-~]{1,48}) ([!-~]{1,128}) ([!-~]{1,32}) ", Pattern.DOTALL);
    private static final Pattern TIMESTAMP =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z");
    private static final Pattern SD_NAME = Pattern.compile("[!-~&&[^= \\]\"]]{1,32}");

    private Rfc5424Parser() {}

    static Message parse(byte[] bytes) {
        // Latin-1 keeps one char per byte, so indexes are byte offsets; values are decoded as UTF-8 afterwards.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher header = HEADER.matcher(text);
        if (!header.lookingAt()) {
            throw new IllegalArgumentException("bad header: " + text.substring(0, Math.min(200, text.length())));
        }
        int pri = Integer.parseInt(header.group(1));
        if (pri > 191 || !TIMESTAMP.matcher(header.group(2)).matches()) {
            throw new IllegalArgumentException("bad PRI or TIMESTAMP: " + header.group());
        }
        int i = header.end();
        String sdId = null;
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (text.charAt(i) == '-') {
            i++;
        } else {
            if (text.charAt(i) != '[') {
                throw new IllegalArgumentException("no SD at " + i);
            }
            int idEnd = endOfName(text, i + 1);
            sdId = text.substring(i + 1, idEnd);
            i = idEnd;
            while (text.charAt(i) == ' ') {
                int nameEnd = endOfName(text, i + 1);
                String name = text.substring(i + 1, nameEnd);
                if (!text.startsWith("=\"", nameEnd)) {
                    throw new IllegalArgumentException("no =\" after " + name);
                }
                java.io.ByteArrayOutputStream value = new java.io.ByteArrayOutputStream();
                i = nameEnd + 2;
                while (true) {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < text.length() && "\"\\]".indexOf(text.charAt(i + 1)) >= 0) {
                        value.write(text.charAt(i + 1));
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else if (c == ']') {
                        throw new IllegalArgumentException("unescaped ] in the value of " + name);
                    } else {
                        value.write(c);
                        i++;
                    }
                }
                params.add(Map.entry(name, value.toString(StandardCharsets.UTF_8)));
            }
            if (text.charAt(i) != ']') {
                throw new IllegalArgumentException("SD not closed at " + i);
            }
            i++;
        }
        byte[] msg = new byte[0];
        if (i < bytes.length) {
            if (bytes[i] != ' ') {
                throw new IllegalArgumentException("no space before MSG at " + i);
            }
            msg = java.util.Arrays.copyOfRange(bytes, i + 1, bytes.length);
        }
        return new Message(
                pri,
                header.group(2),
                header.group(3),
                header.group(4),
                header.group(5),
                header.group(6),
                sdId,
                params,
                msg);
    }

    private static int endOfName(String text, int from) {
        int end = from;
        while (end < text.length() && " =]\"".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (!SD_NAME.matcher(text.substring(from, end)).matches()) {
            throw new IllegalArgumentException("bad SD-NAME: " + text.substring(from, end));
        }
        return end;
    }
}
