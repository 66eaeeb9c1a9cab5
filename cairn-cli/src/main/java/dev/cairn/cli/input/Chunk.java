package dev.cairn.cli.input;

import dev.cairn.cli.bytes.ByteSearch;
import dev.cairn.cli.record.SchemaNormalizer;
import java.util.List;

/**
 * A run of whole lines read from one input: {@code data[0, length)} ends at a line boundary
 * (or at the end of the input). {@code oversizedBefore} counts lines longer than the reader's
 * limit that were skipped just before this chunk, so line numbers stay right.
 *
 * <p>The data is valid only while the chunk's work runs: its buffer is then reused for a later chunk, so whatever a
 * command keeps from a line it copies.
 */
public record Chunk(byte[] data, int length, int oversizedBefore) {

    /** Receives one line (without its newline); returns false if the line is unusable. */
    @FunctionalInterface
    public interface LineSink {
        boolean accept(byte[] b, int from, int to);
    }

    /**
     * A {@link LineSink} that can also read a line whose end it is not told, finding the end as it reads (one pass
     * over the bytes instead of two).
     */
    public interface LineScanningSink extends LineSink {
        /**
         * Reads the line that starts at {@code from} and ends at the first {@code \n} before {@code limit} (or at
         * {@code limit}), in Cairn's schema.
         *
         * @return the line's end if it was a usable record, else -1 having done nothing: the line is then handed to
         *     {@link #accept} with its end
         */
        int acceptLine(byte[] b, int from, int limit);
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
        LineScanningSink scanning = sink instanceof LineScanningSink s ? s : null;
        while (start < end) {
            if (scanning != null && SchemaNormalizer.isCairn(b, start, end)) {
                int lineEnd = scanning.acceptLine(b, start, end);
                if (lineEnd >= 0) {
                    tally.line();
                    start = lineEnd + 1;
                    continue;
                }
            }
            int nl = ByteSearch.indexOfNewline(b, start, end);
            int lineEnd = nl < 0 ? end : nl;
            if (!isBlank(b, start, lineEnd) && !accept(sink, b, start, lineEnd)) {
                tally.bad(tally.lines());
            }
            tally.line();
            start = lineEnd + 1;
        }
        return tally;
    }

    /** Passes the line on in Cairn's schema: as it is, or each record of a GELF, OTel or ECS line rewritten. */
    private static boolean accept(LineSink sink, byte[] b, int from, int to) {
        List<byte[]> records = SchemaNormalizer.normalize(b, from, to);
        if (records == null) {
            return sink.accept(b, from, to);
        }
        boolean good = !records.isEmpty();
        for (byte[] record : records) {
            good &= sink.accept(record, 0, record.length);
        }
        return good;
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
