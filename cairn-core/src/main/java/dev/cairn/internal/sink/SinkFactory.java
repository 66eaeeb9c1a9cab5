package dev.cairn.internal.sink;

import dev.cairn.Ticker;
import dev.cairn.internal.Diagnostics;
import dev.cairn.internal.Engine;
import dev.cairn.internal.SinkBinding;
import dev.cairn.internal.SinkSet;
import dev.cairn.internal.SinkTypes;
import dev.cairn.internal.config.FileSpec;
import dev.cairn.internal.config.Settings;
import dev.cairn.internal.config.SinkSpec;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds the sinks a configuration asks for, each through its type's {@link SinkProvider}: the console, then the file
 * sinks, then the other configured sinks, then sinks added in code. A sink that cannot be opened is reported and left
 * out; the others are built regardless.
 */
public final class SinkFactory {

    private static final long PID = ProcessHandle.current().pid();

    private final Diagnostics diagnostics;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Clock clock;
    private final SinkTypes types;
    private final Engine engine;
    private final Ticker ticker;

    public SinkFactory(
            Diagnostics diagnostics,
            Map<String, String> environment,
            Path workingDirectory,
            Clock clock,
            SinkTypes types,
            Engine engine,
            Ticker ticker) {
        this.diagnostics = diagnostics;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
        this.types = types;
        this.engine = engine;
        this.ticker = ticker;
    }

    /** The layouts {@code settings} describe. */
    public static Layouts layouts(Settings settings, java.util.concurrent.atomic.LongAdder secretsMasked) {
        return new Layouts(
                        settings.renames(),
                        settings.nestKey(),
                        settings.service(),
                        settings.host(),
                        PID,
                        settings.location(),
                        settings.redactWords(),
                        settings.maxValueLength(),
                        settings.maxRecordLength())
                .withSchemaSettings(
                        settings.schemas().serviceVersion(),
                        settings.schemas().environment(),
                        settings.schemas().ecsStyle())
                .withSecretDetectors(settings.secretKinds(), secretsMasked);
    }

    /**
     * The sinks for {@code settings}.
     *
     * @param consoleOverride a stream that replaces standard output or error for the console sink, or null
     * @param codeSinks sinks added programmatically, with their names and filters
     */
    public List<SinkBinding> build(
            Settings settings, Layouts layouts, OutputStream consoleOverride, List<SinkBinding> codeSinks) {
        return plan(settings, layouts, consoleOverride, codeSinks).open();
    }

    /**
     * The sinks for {@code settings}, as {@link #build} returns them, in two steps: the sinks that ship records off
     * the machine are opened now; the console and the files when the set is {@linkplain SinkSet#open() opened}, once
     * the sinks they replace have closed.
     */
    public SinkSet plan(Settings settings, Layouts layouts, OutputStream consoleOverride, List<SinkBinding> codeSinks) {
        List<SinkSpec> specs = settings.sinks();
        SinkBinding[] shipping = new SinkBinding[specs.size()];
        List<Sink> opened = new ArrayList<>();
        for (int i = 0; i < shipping.length; i++) {
            SinkProvider provider = types.find(specs.get(i).type());
            if (provider != null && !isLocal(provider)) {
                shipping[i] = open(specs.get(i), provider, settings, layouts, consoleOverride);
                if (shipping[i] != null) {
                    opened.add(shipping[i].sink());
                }
            }
        }
        codeSinks.forEach(binding -> opened.add(binding.sink()));
        return new SinkSet() {
            @Override
            public List<Sink> opened() {
                return opened;
            }

            @Override
            public List<SinkBinding> open() {
                return openLocal(settings, layouts, consoleOverride, codeSinks, shipping);
            }
        };
    }

    private static boolean isLocal(SinkProvider provider) {
        return provider.type().equals(ConsoleSinkProvider.TYPE)
                || provider.type().equals(FileSinkProvider.TYPE);
    }

    /** Opens the console, the files and the local sinks of {@code settings.sinks()}, and lists every sink in order. */
    private List<SinkBinding> openLocal(
            Settings settings,
            Layouts layouts,
            OutputStream consoleOverride,
            List<SinkBinding> codeSinks,
            SinkBinding[] shipping) {
        List<SinkBinding> sinks = new ArrayList<>();
        if (!settings.console().equals("none")) {
            Map<SinkOption<?>, Object> options = Map.of(
                    ConsoleSinkProvider.STREAM,
                    settings.console(),
                    ConsoleSinkProvider.FORMAT,
                    settings.format(),
                    ConsoleSinkProvider.COLOR,
                    settings.color());
            SinkBinding console = open(
                    provider(ConsoleSinkProvider.TYPE), "console", options, settings, layouts, consoleOverride, null);
            if (console != null) {
                sinks.add(new SinkBinding("console", console.sink(), settings.consoleFilter()));
            }
        }
        for (FileSpec file : settings.files()) {
            SinkBinding sink =
                    open(provider(FileSinkProvider.TYPE), file.name(), Map.of(), settings, layouts, null, file);
            if (sink != null) {
                sinks.add(new SinkBinding(file.name(), sink.sink(), file.filter()));
            }
        }
        List<SinkSpec> specs = settings.sinks();
        for (int i = 0; i < shipping.length; i++) {
            SinkProvider provider = types.find(specs.get(i).type());
            SinkBinding sink = provider == null || !isLocal(provider)
                    ? shipping[i]
                    : open(specs.get(i), provider, settings, layouts, consoleOverride);
            if (sink != null) {
                sinks.add(sink);
            }
        }
        sinks.addAll(codeSinks);
        return sinks;
    }

    /** The sink {@code spec} describes, with its filter, or null if it cannot be opened. */
    private SinkBinding open(
            SinkSpec spec, SinkProvider provider, Settings settings, Layouts layouts, OutputStream consoleOverride) {
        SinkBinding sink = open(provider, spec.name(), spec.options(), settings, layouts, consoleOverride, null);
        return sink == null ? null : new SinkBinding(spec.name(), sink.sink(), spec.filter(), sink.delivery());
    }

    /**
     * The provider of one of Cairn's own types. Normally found with the others; when a repackaged jar lost Cairn's
     * service registration, the type still works rather than the application losing its console and files.
     */
    private SinkProvider provider(String type) {
        SinkProvider provider = types.find(type);
        if (provider != null) {
            return provider;
        }
        return type.equals(ConsoleSinkProvider.TYPE) ? new ConsoleSinkProvider() : new FileSinkProvider();
    }

    /** The opened sink with its delivery counters (and no filter yet), or null if it cannot be opened. */
    private SinkBinding open(
            SinkProvider provider,
            String name,
            Map<SinkOption<?>, Object> options,
            Settings settings,
            Layouts layouts,
            OutputStream consoleOverride,
            FileSpec file) {
        BuildContext context = new BuildContext(
                name,
                options,
                layouts.withSchema(settings.schemas().of(name)),
                workingDirectory,
                clock,
                diagnostics,
                consoleOverride,
                environment,
                file,
                engine,
                ticker,
                TimeUnit.MILLISECONDS.toNanos(settings.dispatch().shutdownTimeoutMillis()));
        try {
            Sink sink = provider.create(context);
            if (sink == null) {
                throw new IllegalStateException(provider.getClass().getName() + ".create returned null");
            }
            return new SinkBinding(name, sink, null, context.deliveryStats());
        } catch (Exception | LinkageError e) {
            String reason = " (" + e.getClass().getName() + ": " + Diagnostics.printable(e.getMessage()) + ")";
            if (file != null) {
                diagnostics.warn("cannot open log file " + workingDirectory.resolve(file.path()) + reason
                        + "; records are not written to it");
            } else {
                diagnostics.warn("cannot open sink " + name + " of type " + provider.type() + reason
                        + "; records are not written to it");
            }
            return null;
        }
    }
}
