package dev.cairn.syslog.internal;

import java.util.Arrays;

/**
 * Cuts an RFC 5424 message to a number of bytes so that it stays a valid message: a cut within MSG ends on a whole
 * UTF-8 character; a cut within the structured data keeps the whole parameters before it and as much of the value it
 * falls in as fits, closes that value and the element, and leaves MSG out. The header is never cut (it is at most a
 * few hundred bytes; the smallest limit is 480).
 */
final class MessageCut {

    private MessageCut() {}

    /** {@code message} if it fits in {@code limit} bytes, otherwise its longest valid cut within {@code limit}. */
    static byte[] cut(byte[] message, int limit) {
        if (message.length <= limit) {
            return message;
        }
        int sd = structuredDataStart(message);
        if (sd < 0 || sd >= limit || message[sd] == '-') {
            return Arrays.copyOf(message, utf8Boundary(message, limit));
        }
        // Walk the structured data (one element, as Rfc5424Encoder writes it) up to where its closing bytes still fit.
        int room = limit - 2;
        int paramEnd = -1; // after the last whole parameter, or the element's id
        boolean inValue = false;
        int i = sd + 1;
        for (; i < message.length; i++) {
            byte b = message[i];
            if (inValue) {
                if (i >= room) {
                    break;
                }
                if (b == '\\') {
                    if (i + 1 >= room) {
                        break;
                    }
                    i++;
                } else if (b == '"') {
                    inValue = false;
                    paramEnd = i + 1;
                }
            } else if (b == ']' && i < limit) {
                // The whole element fits: the cut is in MSG.
                return Arrays.copyOf(message, utf8Boundary(message, limit));
            } else if (i >= room) {
                break;
            } else if (b == '"') {
                inValue = true;
            } else if (paramEnd < 0 && b == ' ') {
                paramEnd = i;
            }
        }
        byte[] out;
        if (inValue) {
            int end = utf8Boundary(message, Math.min(i, room));
            out = Arrays.copyOf(message, end + 2);
            out[end] = '"';
            out[end + 1] = ']';
        } else if (paramEnd < 0) {
            out = Arrays.copyOf(message, sd + 1);
            out[sd] = '-';
        } else {
            out = Arrays.copyOf(message, paramEnd + 1);
            out[paramEnd] = ']';
        }
        return out;
    }

    /** The index of the structured data: after PRI+VERSION, TIMESTAMP, HOSTNAME, APP-NAME, PROCID and MSGID. */
    private static int structuredDataStart(byte[] message) {
        int spaces = 0;
        for (int i = 0; i < message.length; i++) {
            if (message[i] == ' ' && ++spaces == 6) {
                return i + 1 < message.length ? i + 1 : -1;
            }
        }
        return -1;
    }

    /** The largest length up to {@code limit} that does not end inside a UTF-8 sequence. */
    static int utf8Boundary(byte[] bytes, int limit) {
        int end = limit;
        while (end > 0 && end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return end;
    }
}
