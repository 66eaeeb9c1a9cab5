package dev.cairn.internal.sink;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.config.Settings;
import dev.cairn.internal.config.Terminal;
import dev.cairn.internal.layout.JsonLayout;
import dev.cairn.internal.layout.JsonValueWriter;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Redactor;
import dev.cairn.internal.layout.ReservedKeys;
import dev.cairn.internal.layout.TextLayout;
import dev.cairn.spi.Sink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the sinks a configuration asks for. A sink that cannot be opened (an unwritable file) is reported and left
 * out; the others are built regardless.
 */
public final class SinkFactory {

    private static final long PID = ProcessHandle.current().pid();

    private final Diagnostics diagnostics;
    private final Map<String, String> environment;

    public SinkFactory(Diagnostics diagnostics, Map<String, String> environment) {
        this.diagnostics = diagnostics;
        this.environment = environment;
    }

    /**
     * The sinks for {@code settings}.
     *
     * @param consoleOverride a stream that replaces standard output or error for the console sink, or null
     * @param extraSinks sinks added programmatically, appended as they are
     */
    public List<Sink> build(Settings settings, OutputStream consoleOverride, List<Sink> extraSinks) {
        List<Sink> sinks = new ArrayList<>();
        if (!settings.console().equals("none")) {
            boolean terminal = consoleOverride == null && Terminal.isInteractive(environment);
            OutputStream out = consoleOverride != null ? consoleOverride
                    : settings.console().equals("stderr") ? new StandardStream(true) : new StandardStream(false);
            boolean text = settings.format().equals("text") || settings.format().equals("auto") && terminal;
            boolean color = settings.color().equals("always")
                    || settings.color().equals("auto") && terminal && !Terminal.noColor(environment);
            sinks.add(new ConsoleSink(text ? textLayout(settings, color) : jsonLayout(settings), out));
        }
        if (settings.file() != null) {
            Layout layout = settings.fileFormat().equals("text") ? textLayout(settings, false) : jsonLayout(settings);
            try {
                sinks.add(FileSink.open(layout, Path.of(settings.file()), diagnostics));
            } catch (IOException | RuntimeException e) {
                diagnostics.warn("cannot open log file " + settings.file() + " (" + e.getClass().getName() + ": "
                        + e.getMessage() + "); records are not written to a file");
            }
        }
        sinks.addAll(extraSinks);
        return sinks;
    }

    /** The JSON layout {@code settings} describe. */
    public static Layout jsonLayout(Settings settings) {
        return new JsonLayout(new ReservedKeys(settings.renames(), settings.nestKey()), settings.nestKey(),
                settings.service(), settings.host(), PID, settings.location(), values(settings));
    }

    private static Layout textLayout(Settings settings, boolean color) {
        return new TextLayout(color, values(settings));
    }

    private static JsonValueWriter values(Settings settings) {
        return new JsonValueWriter(new Redactor(settings.redactWords()), settings.maxValueLength());
    }
}
