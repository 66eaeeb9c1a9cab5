package dev.cairn.internal.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/**
 * The public half of a sealing key: verifies checkpoints, and through them every line they cover, without any secret.
 * Text form: {@code cairn-public-key=1}, {@code id=}, {@code public=} (Ed25519, X.509, unpadded URL-safe base64).
 */
public final class PublicSealKey {

    static final String MAGIC = "cairn-public-key=1";

    private final String id;
    private final byte[] encoded;

    PublicSealKey(String id, byte[] encoded) {
        this.id = id;
        this.encoded = encoded;
    }

    /**
     * Reads a public key file (or the public part of a sealing key file).
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static PublicSealKey read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith(SealingKey.MAGIC)) {
            return SealingKey.parse(text, file.toString()).publicKey();
        }
        KeyText fields = KeyText.parse(text, MAGIC, file.toString());
        byte[] encoded = fields.bytes("public");
        decode(encoded, file.toString());
        return new PublicSealKey(fields.id(), encoded);
    }

    static PublicKey decode(byte[] encoded, String source) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(source + ": public is not an Ed25519 public key");
        }
    }

    public String id() {
        return id;
    }

    PublicKey key() {
        return decode(encoded, "key " + id);
    }

    public String toText() {
        return MAGIC + "\nid=" + id + "\npublic=" + KeyText.encode(encoded) + "\n";
    }
}
