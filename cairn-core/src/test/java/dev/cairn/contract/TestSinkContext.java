package dev.cairn.contract;

import dev.cairn.Format;
import dev.cairn.LogSystem;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link SinkContext} for opening a sink type's sinks directly in a test, with options given as text. */
public final class TestSinkContext implements SinkContext {

    private final String name;
    private final Map<String, String> options;
    private final LogSystem system;
    private final Path workingDirectory;
    private final List<String> reports = new ArrayList<>();

    public TestSinkContext(String name, Map<String, String> options, LogSystem system, Path workingDirectory) {
        this.name = name;
        this.options = options;
        this.system = system;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public <T> T option(SinkOption<T> option) {
        String raw = options.get(option.name());
        return raw == null ? option.defaultValue() : option.parse(raw);
    }

    @Override
    public RecordEncoder encoder(Format format) {
        return system.encoder(format);
    }

    @Override
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void report(String problem) {
        synchronized (reports) {
            reports.add(problem);
        }
    }

    /** What the sink reported. */
    public List<String> reports() {
        synchronized (reports) {
            return List.copyOf(reports);
        }
    }

    @Override
    public String service() {
        return "test-service";
    }

    @Override
    public String host() {
        return "test-host";
    }

    @Override
    public boolean isSensitive(String key) {
        return system.isSensitive(key);
    }

    @Override
    public int maxValueLength() {
        return 8192;
    }

    @Override
    public String environmentVariable(String variable) {
        return null;
    }
}
