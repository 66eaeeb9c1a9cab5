package dev.cairn.internal.sink;

import dev.cairn.Format;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.config.FileSpec;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The context one sink is opened with. Beyond the public options it carries what only Cairn's own types use: the
 * console stream given in code, the environment (to detect a terminal), and a file sink's resolved settings.
 */
final class BuildContext implements SinkContext {

    private final String name;
    private final Map<SinkOption<?>, Object> options;
    private final Layouts layouts;
    private final Path workingDirectory;
    private final Clock clock;
    private final Diagnostics diagnostics;
    private final OutputStream consoleOverride;
    private final Map<String, String> environment;
    private final FileSpec file;

    BuildContext(
            String name,
            Map<SinkOption<?>, Object> options,
            Layouts layouts,
            Path workingDirectory,
            Clock clock,
            Diagnostics diagnostics,
            OutputStream consoleOverride,
            Map<String, String> environment,
            FileSpec file) {
        this.name = name;
        this.options = options;
        this.layouts = layouts;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
        this.diagnostics = diagnostics;
        this.consoleOverride = consoleOverride;
        this.environment = environment;
        this.file = file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public <T> T option(SinkOption<T> option) {
        if (!options.containsKey(option)) {
            throw new IllegalArgumentException("sink " + name + " has no option " + option.name());
        }
        @SuppressWarnings("unchecked")
        T value = (T) options.get(option);
        return value;
    }

    @Override
    public RecordEncoder encoder(Format format) {
        switch (format) {
            case JSON:
                return new LayoutEncoder(layouts.json(), Format.JSON);
            case TEXT:
                return new LayoutEncoder(layouts.text(false), Format.TEXT);
            default:
                throw new IllegalArgumentException("an encoder needs JSON or TEXT, not " + format);
        }
    }

    @Override
    public boolean isSensitive(String key) {
        return layouts.isSensitive(key);
    }

    @Override
    public int maxValueLength() {
        return layouts.maxValueLength();
    }

    @Override
    public String service() {
        return layouts.service();
    }

    @Override
    public String host() {
        return layouts.host();
    }

    @Override
    public String environment(String name) {
        return environment.get(name);
    }

    @Override
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void report(String problem) {
        diagnostics.warn("sink " + name + ": " + Diagnostics.printable(problem));
    }

    Layouts layouts() {
        return layouts;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    OutputStream consoleOverride() {
        return consoleOverride;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The resolved settings of a file sink; null for other types. */
    FileSpec file() {
        return file;
    }
}
