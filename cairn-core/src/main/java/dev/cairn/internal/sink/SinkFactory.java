package dev.cairn.internal.sink;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.SinkBinding;
import dev.cairn.internal.config.FileSpec;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the sinks a configuration asks for: the console, then the file sinks, then sinks added in code. A file that
 * cannot be opened is reported and left out; the others are built regardless.
 */
public final class SinkFactory {

    private static final long PID = ProcessHandle.current().pid();

    private final Diagnostics diagnostics;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Clock clock;

    public SinkFactory(Diagnostics diagnostics, Map<String, String> environment, Path workingDirectory, Clock clock) {
        this.diagnostics = diagnostics;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
    }

    /**
     * The sinks for {@code settings}.
     *
     * @param consoleOverride a stream that replaces standard output or error for the console sink, or null
     * @param extraSinks sinks added programmatically, receiving every record
     */
    public List<SinkBinding> build(Settings settings, OutputStream consoleOverride, List<Sink> extraSinks) {
        List<SinkBinding> sinks = new ArrayList<>();
        if (!settings.console().equals("none")) {
            boolean terminal = consoleOverride == null && Terminal.isInteractive(environment);
            OutputStream out = consoleOverride != null ? consoleOverride
                    : new StandardStream(settings.console().equals("stderr"));
            boolean text = settings.format().equals("text") || settings.format().equals("auto") && terminal;
            boolean color = settings.color().equals("always")
                    || settings.color().equals("auto") && terminal && !Terminal.noColor(environment);
            sinks.add(new SinkBinding("console",
                    new ConsoleSink(text ? textLayout(settings, color) : jsonLayout(settings), out),
                    settings.consoleFilter()));
        }
        for (FileSpec file : settings.files()) {
            Layout layout = file.format().equals("text") ? textLayout(settings, false) : jsonLayout(settings);
            Path path = workingDirectory.resolve(file.path());
            try {
                sinks.add(new SinkBinding(file.name(), FileSink.open(layout, path, file.options(), clock, diagnostics),
                        file.filter()));
            } catch (IOException | RuntimeException e) {
                diagnostics.warn("cannot open log file " + path + " (" + e.getClass().getName() + ": "
                        + e.getMessage() + "); records are not written to it");
            }
        }
        for (Sink sink : extraSinks) {
            sinks.add(new SinkBinding(sink.toString(), sink, RecordFilter.ALL));
        }
        return sinks;
    }

    /** The JSON layout {@code settings} describe. */
    public static Layout jsonLayout(Settings settings) {
        return new JsonLayout(new ReservedKeys(settings.renames()), settings.nestKey(),
                settings.service(), settings.host(), PID, settings.location(), values(settings));
    }

    /** The text layout {@code settings} describe. */
    public static Layout textLayout(Settings settings, boolean color) {
        return new TextLayout(color, new ReservedKeys(settings.renames()), settings.nestKey(), settings.service(),
                settings.host(), settings.location(), values(settings));
    }

    private static JsonValueWriter values(Settings settings) {
        return new JsonValueWriter(new Redactor(settings.redactWords()), settings.maxValueLength());
    }
}
