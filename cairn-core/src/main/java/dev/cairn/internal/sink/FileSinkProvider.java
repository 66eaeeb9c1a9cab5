package dev.cairn.internal.sink;

import dev.cairn.internal.config.ConfigKey;
import dev.cairn.internal.config.FileSpec;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code file} sink type, also the type of {@code cairn.file}, the preset's files and any
 * {@code cairn.sink.<name>} that sets a {@code path} and no type. Its options are validated and resolved by the
 * configuration (with their environment variables and defaults, see docs/configuration.md); the declarations here name
 * them for the listing of each type's options.
 */
public final class FileSinkProvider implements SinkProvider {

    public static final String TYPE = "file";
    /** Each option with its documented default; the defaults repeat the configuration's until it declares them once. */
    private static final List<SinkOption<?>> DECLARED = List.of(declared("path", null), declared("format", "json"),
            declared("max-bytes", "10MB"), declared("backups", "5"), declared("rotate", "none"),
            declared("rotate.zone", "local"), declared("max-total-bytes", "0"), declared("max-age", "0"),
            declared("compress", "false"), declared("fsync", "on-error"), declared("fsync.interval", "1s"));

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        return DECLARED;
    }

    private static SinkOption<Object> declared(String name, String defaultText) {
        String key = ConfigKey.SINK_OPTION.property() + TYPE + "." + name;
        Function<String, Object> parser = raw -> ConfigKey.SINK_OPTION.parseOrExplain(key, raw);
        String allowed = ConfigKey.SINK_OPTION.allowedFor(key);
        return defaultText == null ? SinkOption.required(name, allowed, parser)
                : SinkOption.of(name, allowed, parser.apply(defaultText), parser);
    }

    @Override
    public Sink create(SinkContext context) throws Exception {
        FileSpec file = ((BuildContext) context).file();
        if (file == null) {
            throw new IllegalArgumentException("a file sink is configured through cairn.sink." + context.name() + ".*");
        }
        BuildContext build = (BuildContext) context;
        Path path = context.resolve(file.path());
        return FileSink.open(file.format().equals("text") ? build.layouts().text(false) : build.layouts().json(), path,
                file.options(), context.clock(), build.diagnostics());
    }
}
