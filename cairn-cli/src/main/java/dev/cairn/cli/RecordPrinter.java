package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
import dev.cairn.cli.input.Chunk;
import dev.cairn.cli.input.TimedLines;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.RecordDecoder;
import dev.cairn.cli.record.ScannedRecord;
import dev.cairn.cli.render.TextRenderer;
import java.util.Optional;

/**
 * Filters lines and turns the matching ones into output entries: the line unchanged for JSON
 * output, the rendered record for text. One instance per chunk or followed file (not thread-safe).
 */
final class RecordPrinter {

    private final RecordFilter filter;
    private final OutputFormat format;
    private final TextRenderer renderer;
    private final ScannedRecord scanned = new ScannedRecord();
    private final StringBuilder text = new StringBuilder(512);

    RecordPrinter(RecordFilter filter, OutputFormat format, boolean color) {
        this.filter = filter;
        this.format = format;
        this.renderer = new TextRenderer(color);
    }

    /** @return false if the line is not a usable record */
    boolean accept(byte[] b, int from, int to, TimedLines out) {
        return scanned.scan(b, from, to) && print(b, from, to, out);
    }

    /** A sink for a chunk's lines that prints into {@code out}, reading each line in one pass where it can. */
    Chunk.LineScanningSink into(TimedLines out) {
        return new Chunk.LineScanningSink() {
            @Override
            public boolean accept(byte[] b, int from, int to) {
                return RecordPrinter.this.accept(b, from, to, out);
            }

            @Override
            public int acceptLine(byte[] b, int from, int limit) {
                int end = scanned.scanLine(b, from, limit);
                return end >= 0 && print(b, from, end, out) ? end : -1;
            }
        };
    }

    /** Prints the scanned record if the filter passes it; returns false, having added nothing, if it is unusable. */
    private boolean print(byte[] b, int from, int to, TimedLines out) {
        if (!filter.test(scanned)) {
            return true;
        }
        if (format == OutputFormat.JSON) {
            out.addLine(scanned.micros(), b, from, to);
            return true;
        }
        Optional<LogRecord> record = RecordDecoder.decode(b, from, to);
        if (record.isEmpty()) {
            return false;
        }
        text.setLength(0);
        renderer.render(record.get(), text);
        out.addText(scanned.micros(), text);
        return true;
    }
}
