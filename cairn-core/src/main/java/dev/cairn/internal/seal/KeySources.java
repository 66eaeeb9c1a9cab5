package dev.cairn.internal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;
import javax.crypto.SecretKey;

/**
 * Sealing keys kept elsewhere than in a key file: in an environment variable (the key file's text in base64, for
 * containers, {@value #ENVIRONMENT_VARIABLE}) or in a PKCS#12 keystore as a secret-key entry whose bytes are the key
 * file's text (stored with algorithm {@code HmacSHA256}, which accepts keys of any length) or its base64 (what the
 * JDK's {@code keytool -importpass} stores, as a one-line password-based entry), the keystore's password in an
 * environment variable. Read by the CLI for reader keys and by a file sink for the writer's key. Error messages name
 * the variable, keystore and alias, never a key or a password.
 */
public final class KeySources {

    /** The variable a container sets to the base64 of a key file's text. */
    public static final String ENVIRONMENT_VARIABLE = "CAIRN_FILE_ENCRYPTION_KEY";

    /** The variable that holds a keystore's password, unless another is named. */
    public static final String KEYSTORE_PASSWORD_VARIABLE = "CAIRN_KEYSTORE_PASSWORD";

    /** The algorithm a keystore entry holding a sealing key is stored with. */
    public static final String KEYSTORE_ALGORITHM = "HmacSHA256";

    private KeySources() {}

    /**
     * The key whose text, base64-encoded, is {@code value}, read from the variable {@code variable}.
     *
     * @throws IllegalArgumentException naming the variable and what is wrong
     */
    private static SealingKey fromBase64(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + variable + " is not set");
        }
        return fromBase64Text(value, "environment variable " + variable);
    }

    /** The key whose text, base64-encoded, is {@code value}, read from {@code source}. */
    private static SealingKey fromBase64Text(String value, String source) {
        byte[] text;
        try {
            text = Base64.getMimeDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not base64 (it must hold base64 of a key file)");
        }
        try {
            return SealingKey.parse(new String(text, StandardCharsets.UTF_8), source);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    /**
     * The key in variable {@code variable} of {@code environment}.
     *
     * @throws IllegalArgumentException naming the variable and what is wrong
     */
    public static SealingKey fromEnvironment(Function<String, String> environment, String variable) {
        return fromBase64(environment.apply(variable), variable);
    }

    /**
     * The key in entry {@code alias} of the PKCS#12 keystore {@code store}, which must be owner-only, opened with the
     * password in variable {@code passwordVariable} of {@code environment}.
     *
     * @throws IllegalArgumentException naming the keystore, alias or variable and what is wrong
     * @throws IOException when the keystore's permissions cannot be read
     */
    public static SealingKey fromKeystore(
            Path store, String alias, String passwordVariable, Function<String, String> environment)
            throws IOException {
        String password = environment.apply(passwordVariable);
        if (password == null) {
            throw new IllegalArgumentException("keystore " + store + " needs its password in environment variable "
                    + passwordVariable + ", which is not set");
        }
        KeyFilePermissions.requireOwnerOnly(store, "keystore");
        char[] characters = password.toCharArray();
        try {
            return fromKeystore(store, alias, characters);
        } finally {
            Arrays.fill(characters, '\0');
        }
    }

    /**
     * The key in entry {@code alias} of the PKCS#12 keystore {@code store}.
     *
     * @throws IllegalArgumentException naming the keystore and alias and what is wrong
     */
    private static SealingKey fromKeystore(Path store, String alias, char[] password) {
        String source = "keystore " + store + " entry " + alias;
        KeyStore keyStore;
        try (InputStream in = Files.newInputStream(store)) {
            keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("keystore " + store + " does not exist");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot open keystore " + store + " as PKCS#12 (a wrong password, or not a PKCS#12 file): "
                            + e.getClass().getSimpleName());
        }
        Key key;
        try {
            key = keyStore.getKey(alias, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot read " + source + ": " + e.getClass().getSimpleName());
        }
        if (key == null) {
            throw new IllegalArgumentException(source + " does not exist");
        }
        if (!(key instanceof SecretKey) || key.getEncoded() == null) {
            throw new IllegalArgumentException(
                    source + " is not a secret-key entry holding a sealing key (see docs/security.md#key-handling)");
        }
        byte[] text = key.getEncoded();
        try {
            if (startsWith(text, SealingKey.MAGIC)) {
                return SealingKey.parse(new String(text, StandardCharsets.UTF_8), source);
            }
            return fromBase64Text(new String(text, StandardCharsets.US_ASCII), source);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] start = prefix.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
    }
}
