package dev.cairn.internal.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A secret sealing key: its id, the epoch its state belongs to, the state (which derives the keys of that epoch and
 * every later one, never an earlier one), and the Ed25519 key that signs checkpoints. Written by {@code cairn keygen}
 * at epoch 0; the writer's copy is moved forward as it seals (see {@link KeyFileEpochs}).
 *
 * <p>Text form, one {@code name=value} per line, values in unpadded URL-safe base64:
 *
 * <pre>
 * cairn-sealing-key=1
 * id=&lt;16 hex digits&gt;
 * epoch=&lt;whole number&gt;
 * state=&lt;32 bytes&gt;
 * signing=&lt;Ed25519 private key, PKCS#8&gt;
 * public=&lt;Ed25519 public key, X.509&gt;
 * </pre>
 */
public final class SealingKey {

    static final String MAGIC = "cairn-sealing-key=1";

    private final String id;
    private final long epoch;
    private final byte[] state;
    private final byte[] signing;
    private final byte[] publicKey;

    SealingKey(String id, long epoch, byte[] state, byte[] signing, byte[] publicKey) {
        this.id = id;
        this.epoch = epoch;
        this.state = state;
        this.signing = signing;
        this.publicKey = publicKey;
    }

    /** A new key at epoch 0. */
    public static SealingKey generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, random);
            KeyPair pair = generator.generateKeyPair();
            byte[] idBytes = new byte[8];
            random.nextBytes(idBytes);
            byte[] state = new byte[KeySchedule.KEY_BYTES];
            random.nextBytes(state);
            return new SealingKey(
                    HexFormat.of().formatHex(idBytes),
                    0,
                    state,
                    pair.getPrivate().getEncoded(),
                    pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
    }

    /**
     * Reads a key file after checking that only its owner may read it.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static SealingKey read(Path file) throws IOException {
        KeyFilePermissions.requireOwnerOnly(file);
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses the text form.
     *
     * @throws IllegalArgumentException naming {@code source} and what is wrong
     */
    public static SealingKey parse(String text, String source) {
        KeyText fields = KeyText.parse(text, MAGIC, source);
        String id = fields.id();
        long epoch = fields.number("epoch");
        byte[] state = fields.bytes("state");
        if (state.length != KeySchedule.KEY_BYTES) {
            throw new IllegalArgumentException(source + ": state must be 32 bytes");
        }
        byte[] signing = fields.bytes("signing");
        byte[] publicKey = fields.bytes("public");
        SealingKey key = new SealingKey(id, epoch, state, signing, publicKey);
        key.signingKey();
        PublicSealKey.decode(publicKey, source);
        return key;
    }

    /** The text form. */
    public String toText() {
        return MAGIC + "\nid=" + id + "\nepoch=" + epoch + "\nstate=" + KeyText.encode(state) + "\nsigning="
                + KeyText.encode(signing) + "\npublic=" + KeyText.encode(publicKey) + "\n";
    }

    /** The public key of this key, for {@code cairn verify --public-key}. */
    public PublicSealKey publicKey() {
        return new PublicSealKey(id, publicKey);
    }

    public String id() {
        return id;
    }

    public long epoch() {
        return epoch;
    }

    byte[] state() {
        return state;
    }

    /** This key moved forward to {@code target} (not before its own epoch). */
    SealingKey at(long target) {
        return new SealingKey(id, target, KeySchedule.forward(state, epoch, target), signing, publicKey);
    }

    PrivateKey signingKey() {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(signing));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("key " + id + ": signing is not an Ed25519 private key");
        }
    }

    /** Overwrites the state in memory (best effort: the JVM may have copied it). */
    void erase() {
        Arrays.fill(state, (byte) 0);
    }
}
