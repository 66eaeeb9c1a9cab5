package dev.cairn.cli.seal;

import dev.cairn.internal.seal.KeySources;
import dev.cairn.internal.seal.SealingKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a command reads a sealing (reader) key: a key file, an environment variable holding the key file's text in
 * base64, or a PKCS#12 keystore entry whose password comes from an environment variable. At most one.
 */
public final class SecretKeyOptions {

    @Option(names = "--key-file", paramLabel = "KEY", description = "The reader key from cairn keygen.")
    Path keyFile;

    @Option(
            names = "--key-env",
            paramLabel = "VAR",
            description = "Read the key from this environment variable (base64 of a key file), e.g. "
                    + KeySources.ENVIRONMENT_VARIABLE + ".")
    String keyEnv;

    @Option(
            names = "--keystore",
            paramLabel = "P12",
            description = "Read the key from this PKCS#12 keystore (with --keystore-alias).")
    Path keystore;

    @Option(names = "--keystore-alias", paramLabel = "ALIAS", description = "The keystore entry holding the key.")
    String keystoreAlias;

    @Option(
            names = "--keystore-password-env",
            paramLabel = "VAR",
            description = "The environment variable holding the keystore's password (default: "
                    + KeySources.KEYSTORE_PASSWORD_VARIABLE + ").")
    String keystorePasswordEnv = KeySources.KEYSTORE_PASSWORD_VARIABLE;

    /** Whether any key source was given. */
    public boolean given() {
        return keyFile != null || keyEnv != null || keystore != null;
    }

    /**
     * The key the options name.
     *
     * @throws IllegalArgumentException when none or several are given, or the key cannot be read
     */
    public SealingKey read(Map<String, String> environment) {
        int sources = (keyFile != null ? 1 : 0) + (keyEnv != null ? 1 : 0) + (keystore != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException(
                    "give exactly one of --key-file, --key-env, --keystore (got " + sources + ")");
        }
        if (keyFile != null) {
            return Keys.secret(keyFile);
        }
        if (keyEnv != null) {
            return KeySources.fromEnvironment(environment::get, keyEnv);
        }
        if (keystoreAlias == null) {
            throw new IllegalArgumentException("--keystore needs --keystore-alias");
        }
        try {
            return KeySources.fromKeystore(keystore, keystoreAlias, keystorePasswordEnv, environment::get);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
