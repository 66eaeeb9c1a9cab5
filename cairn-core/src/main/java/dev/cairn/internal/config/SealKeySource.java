package dev.cairn.internal.config;

/**
 * Where a sealed file sink reads its key (docs/security.md, "Key handling"): a key file it moves forward at each epoch,
 * or an immutable key held in an environment variable or a PKCS#12 keystore. Each names the key that set it, so an
 * error can say which keys clash; none holds a secret.
 */
public sealed interface SealKeySource {

    /** The configuration key (or environment variable) that chose this source, for error lines. */
    String setBy();

    /** {@code encryption.key-file}: the key file written by {@code cairn keygen}. */
    record KeyFile(String path, String setBy) implements SealKeySource {}

    /** {@code encryption.key-env}: the variable holding base64 of a key file's text. */
    record Environment(String variable, String setBy) implements SealKeySource {}

    /**
     * {@code encryption.keystore}: a PKCS#12 keystore's secret-key entry {@code alias} holding a key file's text, its
     * password in the variable {@code passwordVariable}; {@code alias} is null when not set.
     */
    record Keystore(String path, String alias, String passwordVariable, String setBy) implements SealKeySource {}
}
