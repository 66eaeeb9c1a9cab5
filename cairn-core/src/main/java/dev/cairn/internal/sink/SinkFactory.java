package dev.cairn.internal.sink;

import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.RecordFilter;
import dev.cairn.internal.SinkBinding;
import dev.cairn.internal.config.FileSpec;
import dev.cairn.internal.config.Settings;
import dev.cairn.internal.config.Terminal;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Layouts;
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
    public List<SinkBinding> build(Settings settings, Layouts layouts, OutputStream consoleOverride,
            List<Sink> extraSinks) {
        List<SinkBinding> sinks = new ArrayList<>();
        if (!settings.console().equals("none")) {
            boolean terminal = consoleOverride == null && Terminal.isInteractive(environment);
            OutputStream out = consoleOverride != null ? consoleOverride
                    : new StandardStream(settings.console().equals("stderr"));
            boolean text = settings.format().equals("text") || settings.format().equals("auto") && terminal;
            boolean color = settings.color().equals("always")
                    || settings.color().equals("auto") && terminal && !Terminal.noColor(environment);
            sinks.add(new SinkBinding("console",
                    new ConsoleSink(text ? layouts.text(color) : layouts.json(), out),
                    settings.consoleFilter()));
        }
        for (FileSpec file : settings.files()) {
            Layout layout = file.format().equals("text") ? layouts.text(false) : layouts.json();
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

    /** The layouts {@code settings} describe. */
    public static Layouts layouts(Settings settings) {
        return new Layouts(settings.renames(), settings.nestKey(), settings.service(), settings.host(), PID,
                settings.location(), settings.redactWords(), settings.maxValueLength());
    }
}
