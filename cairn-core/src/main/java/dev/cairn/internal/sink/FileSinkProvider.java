package dev.cairn.internal.sink;

import dev.cairn.internal.config.FileSpec;
import dev.cairn.internal.config.SealKeySource;
import dev.cairn.internal.config.SealOptions;
import dev.cairn.internal.config.SinkTypeOptions;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.seal.EpochSource;
import dev.cairn.internal.seal.FixedKeyEpochs;
import dev.cairn.internal.seal.KeyFileEpochs;
import dev.cairn.internal.seal.KeySources;
import dev.cairn.internal.seal.Sealer;
import dev.cairn.internal.seal.SealingLayout;
import dev.cairn.spi.Sink;
import dev.cairn.spi.SinkContext;
import dev.cairn.spi.SinkOption;
import dev.cairn.spi.SinkProvider;
import java.io.IOException;
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
        Layout layout = file.format().equals("text")
                ? build.layouts().text(false)
                : build.layouts().json();
        SealOptions seal = file.options().seal();
        if (seal == null) {
            return FileSink.open(layout, path, file.options(), context.clock(), build.diagnostics());
        }
        if (seal.integrityOnly() && file.format().equals("text")) {
            throw new IllegalArgumentException(
                    "encryption.mode=integrity needs format=json (text lines cannot carry the chain fields)");
        }
        Sealer sealer = new Sealer(
                epochs(seal.key(), build),
                seal.integrityOnly() ? Sealer.Mode.INTEGRITY : Sealer.Mode.ENCRYPT,
                seal.evolveRecords(),
                seal.checkpointRecords(),
                seal.checkpointInterval(),
                context.clock(),
                path.toAbsolutePath(),
                build.diagnostics()::warn);
        return FileSink.open(
                new SealingLayout(layout, sealer), path, file.options(), context.clock(), build.diagnostics(), sealer);
    }

    /**
     * The sealing key's epochs: moved forward in its key file, or derived in memory from a key kept in an environment
     * variable or keystore, which cannot be moved forward (docs/security.md, "Key handling").
     */
    private static EpochSource epochs(SealKeySource source, BuildContext context) throws IOException {
        if (source instanceof SealKeySource.KeyFile keyFile) {
            return new KeyFileEpochs(context.resolve(keyFile.path()));
        }
        if (source instanceof SealKeySource.Environment environment) {
            return new FixedKeyEpochs(
                    KeySources.fromEnvironment(context::environmentVariable, environment.variable()),
                    "environment variable " + environment.variable());
        }
        SealKeySource.Keystore keystore = (SealKeySource.Keystore) source;
        Path store = context.resolve(keystore.path());
        if (keystore.alias() == null) {
            throw new IllegalArgumentException(keystore.setBy() + " needs "
                    + keystore.setBy().replace("encryption.keystore", "encryption.keystore-alias")
                    + ", the name of its entry holding the key");
        }
        return new FixedKeyEpochs(
                KeySources.fromKeystore(
                        store, keystore.alias(), keystore.passwordVariable(), context::environmentVariable),
                "keystore " + store + " entry " + keystore.alias());
    }
}
