package dev.cairn.internal.sink;

import dev.cairn.Format;
import dev.cairn.KeyValue;
import dev.cairn.Level;
import dev.cairn.LogStats;
import dev.cairn.Ticker;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.Engine;
import dev.cairn.internal.config.FileSpec;
import dev.cairn.internal.delivery.DeliveryHost;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.spi.RecordEncoder;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The context one sink is opened with. Beyond the public options it carries what only Cairn's own types use: the
 * console stream given in code, the environment (to detect a terminal, to fill in header values), a file sink's
 * resolved settings, and what a delivery channel needs from the log system ({@link DeliveryHost}).
 */
final class BuildContext implements SinkContext, DeliveryHost {

    private final String name;
    private final Map<SinkOption<?>, Object> options;
    private final Layouts layouts;
    private final Path workingDirectory;
    private final Clock clock;
    private final Diagnostics diagnostics;
    private final OutputStream consoleOverride;
    private final Map<String, String> environment;
    private final FileSpec file;
    private final Engine engine;
    private final Ticker ticker;
    private final long shutdownTimeoutNanos;
    private final List<Supplier<LogStats.DeliveryStats>> channels = new CopyOnWriteArrayList<>();

    BuildContext(
            String name,
            Map<SinkOption<?>, Object> options,
            Layouts layouts,
            Path workingDirectory,
            Clock clock,
            Diagnostics diagnostics,
            OutputStream consoleOverride,
            Map<String, String> environment,
            FileSpec file,
            Engine engine,
            Ticker ticker,
            long shutdownTimeoutNanos) {
        this.name = name;
        this.options = options;
        this.layouts = layouts;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
        this.diagnostics = diagnostics;
        this.consoleOverride = consoleOverride;
        this.environment = environment;
        this.file = file;
        this.engine = engine;
        this.ticker = ticker;
        this.shutdownTimeoutNanos = shutdownTimeoutNanos;
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

    @Override
    public String service() {
        return layouts.service();
    }

    @Override
    public String host() {
        return layouts.host();
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
    public String environmentVariable(String variable) {
        return environment.get(variable);
    }

    @Override
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public long closeDeadlineNanos() {
        return engine != null ? engine.closeDeadlineNanos() : System.nanoTime() + shutdownTimeoutNanos;
    }

    @Override
    public void warnRecord(String message, KeyValue... fields) {
        Object[] arguments = new Object[fields.length + 1];
        arguments[0] = message;
        System.arraycopy(fields, 0, arguments, 1, fields.length);
        engine.log("cairn.delivery", Level.WARN, "{}", arguments);
    }

    @Override
    public void addCounters(Supplier<LogStats.DeliveryStats> counters) {
        channels.add(counters);
    }

    /** The sum of the counters of the sink's delivery channels; null for a sink that opened none. */
    Supplier<LogStats.DeliveryStats> deliveryStats() {
        if (channels.isEmpty()) {
            return null;
        }
        return () -> channels.stream()
                .map(Supplier::get)
                .reduce(LogStats.DeliveryStats::plus)
                .orElseThrow();
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
