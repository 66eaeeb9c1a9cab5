package dev.cairn.internal.sink;

import dev.cairn.internal.config.FileSpec;
import dev.cairn.internal.config.SinkTypeOptions;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code file} sink type, also the type of {@code cairn.file}, the preset's files and any
 * {@code cairn.sink.<name>} that sets a {@code path} and no type. Its options are validated and resolved by the
 * configuration (with their environment variables and defaults, see docs/configuration.md); the declarations here name
 * them for the listing of each type's options.
 */
public final class FileSinkProvider implements SinkProvider {

    public static final String TYPE = SinkTypeOptions.FILE;
    /** The options, as the configuration declares them (docs/configuration.md). */
    private static final List<SinkOption<?>> DECLARED = SinkTypeOptions.fileOptions();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SinkOption<?>> options() {
        return DECLARED;
    }

    @Override
    public Sink create(SinkContext context) throws Exception {
        FileSpec file = ((BuildContext) context).file();
        if (file == null) {
            throw new IllegalArgumentException("a file sink is configured through cairn.sink." + context.name() + ".*");
        }
        BuildContext build = (BuildContext) context;
        Path path = context.resolve(file.path());
        return FileSink.open(
                file.format().equals("text")
                        ? build.layouts().text(false)
                        : build.layouts().json(),
                path,
                file.options(),
                context.clock(),
                build.diagnostics());
    }
}
