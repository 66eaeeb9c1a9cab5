package dev.cairn.cli;

import dev.cairn.cli.filter.RecordFilter;
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
        if (!scanned.scan(b, from, to)) {
            return false;
        }
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
