package dev.cairn.net.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Fits a JSON line into one datagram. A line longer than the limit becomes a valid JSON object that says so and carries
 * as much of the original line as fits, as a string: {@code {"cut_from_bytes":12345,"line":"{\"timestamp\":..."}}; a
 * receiver never sees half a JSON object. Cut lines are counted.
 */
final class DatagramCutter implements UnaryOperator<byte[]> {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int maxBytes;
    private final Consumer<String> report;
    private final AtomicLong cut = new AtomicLong();

    /** {@code report} hears of the first cut at once and of the total at {@link #reportTotal()}. */
    DatagramCutter(int maxBytes, Consumer<String> report) {
        this.maxBytes = maxBytes;
        this.report = report;
    }

    /** Reports how many lines were cut, if any. */
    void reportTotal() {
        if (cut.get() > 0) {
            report.accept("cut " + cut.get() + " records longer than max-datagram-bytes=" + maxBytes);
        }
    }

    /** Lines cut so far. */
    long cut() {
        return cut.get();
    }

    @Override
    public byte[] apply(byte[] line) {
        int length = line.length;
        if (length > 0 && line[length - 1] == '\n') {
            length--;
        }
        if (length <= maxBytes) {
            return line;
        }
        if (cut.incrementAndGet() == 1) {
            report.accept("cut a record of " + length + " bytes to max-datagram-bytes=" + maxBytes
                    + " (the first; the total is reported when the sink closes)");
        }
        String head = "{\"cut_from_bytes\":" + length + ",\"line\":\"";
        String tail = "\"}";
        StringBuilder out = new StringBuilder(maxBytes).append(head);
        int budget = maxBytes - head.length() - tail.length();
        String text = new String(line, 0, length, StandardCharsets.UTF_8);
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String piece = escaped(codePoint);
            int bytes = piece.getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            out.append(piece);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        return out.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(int codePoint) {
        if (codePoint == '"' || codePoint == '\\') {
            return "\\" + (char) codePoint;
        }
        if (codePoint < 0x20 || codePoint == 0x7f) {
            return "\\u00" + HEX[codePoint >> 4] + HEX[codePoint & 0xf];
        }
        return new String(Character.toChars(codePoint));
    }
}
