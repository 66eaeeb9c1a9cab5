package dev.cairn.test;

import dev.cairn.Format;
import dev.cairn.LogSystem;
import dev.cairn.spi.LogRecord;

/**
 * Renders records with the real layouts of the log system being captured, so redaction, renames and value limits are
 * those that system writes with.
 */
final class RecordRenderer {

    private final LogSystem system;
    private final Format format;

    RecordRenderer(LogSystem system, Format format) {
        this.system = system;
        this.format = format;
    }

    /** The record as the layout writes it, without the final line break. */
    String render(LogRecord record) {
        return system.render(record, format);
    }
}
