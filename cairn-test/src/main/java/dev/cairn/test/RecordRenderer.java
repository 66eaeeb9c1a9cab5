package dev.cairn.test;

import dev.cairn.ConfigBuilder;
import dev.cairn.Format;
import dev.cairn.Level;
import dev.cairn.LogContext;
import dev.cairn.LogEvent;
import dev.cairn.LogSystem;
import dev.cairn.spi.LogRecord;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Renders records with Cairn's real layouts by logging them again into a private {@link LogSystem} whose console is a
 * buffer. That system reads the same sources as the process's (system properties, environment,
 * {@code cairn.properties}), so redaction, renames and value limits are those of production; only the destination,
 * the format and the levels are overridden. Not thread-safe: the owner serialises calls.
 */
final class RecordRenderer {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final LogSystem system;
    private final Set<String> enabledLoggers = new HashSet<>();

    RecordRenderer(Format format) {
        system = LogSystem.builder()
                // Configuration problems are the application's system's to report; they would only repeat here.
                .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(c -> destination(c, format))
                .build();
    }

    private void destination(ConfigBuilder c, Format format) {
        c.consoleOutput(buffer).format(format).set("cairn.console", "stdout").set("cairn.color", "never")
                .set("cairn.file", "").set("cairn.location", "false").level(Level.TRACE);
    }

    /** The record as the layout writes it, without the final line break. */
    String render(LogRecord record) {
        String name = record.loggerName();
        if (enabledLoggers.add(name)) {
            // A per-logger level from the sources would otherwise hide the record here.
            system.setLevel(name, Level.TRACE);
        }
        LogEvent event = system.logger(name).atLevel(record.level());
        for (int i = 0; i < record.fieldCount(); i++) {
            event.with(record.fieldKey(i), record.fieldValue(i));
        }
        if (record.throwable() != null) {
            event.cause(record.throwable());
        }
        LogContext.Scope context = record.context().attach();
        try {
            event.log("{}", record.message());
        } finally {
            context.close();
        }
        String line = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
