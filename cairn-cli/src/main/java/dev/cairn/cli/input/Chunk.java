package dev.cairn.cli.input;

import dev.cairn.cli.bytes.ByteSearch;

/**
 * A run of whole lines read from one input: {@code data[0, length)} ends at a line boundary
 * (or at the end of the input). {@code oversizedBefore} counts lines longer than the reader's
 * limit that were skipped just before this chunk, so line numbers stay right.
 */
public record Chunk(byte[] data, int length, int oversizedBefore) {

    /** Receives one line (without its newline); returns false if the line is unusable. */
    @FunctionalInterface
    public interface LineSink {
        boolean accept(byte[] b, int from, int to);
    }

    /** Calls {@code sink} for every non-blank line, counting lines and remembering the bad ones. */
    public LineTally forEachLine(LineSink sink) {
        LineTally tally = new LineTally();
        for (int k = 0; k < oversizedBefore; k++) {
            tally.bad(tally.lines());
            tally.line();
        }
        byte[] b = data;
        int end = length;
        int start = 0;
        while (start < end) {
            int nl = ByteSearch.indexOfNewline(b, start, end);
            int lineEnd = nl < 0 ? end : nl;
            if (!isBlank(b, start, lineEnd) && !sink.accept(b, start, lineEnd)) {
                tally.bad(tally.lines());
            }
            tally.line();
            start = lineEnd + 1;
        }
        return tally;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
