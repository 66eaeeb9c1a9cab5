package dev.cairn.internal.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key derivations of sealed files (docs/security.md, "Encrypted and tamper-evident files"), all HMAC-SHA256:
 *
 * <pre>
 * state(e+1)       = HMAC(state(e), "cairn-seal evolve")          the writer's state moves forward, never back
 * epochKey(e, s)   = HMAC(state(e), "cairn-seal epoch" || salt)   one key per epoch and run (salt: 16 random bytes)
 * cipherKey        = HMAC(epochKey, "cairn-seal encrypt")         AES-256-GCM key of encrypted records
 * macKey           = HMAC(epochKey, "cairn-seal mac")             HMAC-SHA256 key of integrity-only records
 * link(line)       = SHA-256(line bytes, without the newline)     the public hash chain
 * </pre>
 */
final class KeySchedule {

    static final int KEY_BYTES = 32;
    static final int SALT_BYTES = 16;

    private static final byte[] EVOLVE = ascii("cairn-seal evolve");
    private static final byte[] EPOCH = ascii("cairn-seal epoch");
    private static final byte[] ENCRYPT = ascii("cairn-seal encrypt");
    private static final byte[] MAC = ascii("cairn-seal mac");

    private KeySchedule() {}

    static byte[] evolve(byte[] state) {
        return hmac(state, EVOLVE, null);
    }

    static byte[] epochKey(byte[] state, byte[] salt) {
        return hmac(state, EPOCH, salt);
    }

    static byte[] cipherKey(byte[] epochKey) {
        return hmac(epochKey, ENCRYPT, null);
    }

    static byte[] macKey(byte[] epochKey) {
        return hmac(epochKey, MAC, null);
    }

    /** The state of epoch {@code target} from the state of an earlier or equal epoch. */
    static byte[] forward(byte[] state, long from, long target) {
        byte[] current = state.clone();
        for (long e = from; e < target; e++) {
            byte[] next = evolve(current);
            Arrays.fill(current, (byte) 0);
            current = next;
        }
        return current;
    }

    static byte[] link(byte[] line, int offset, int length) {
        return link(sha256(), line, offset, length);
    }

    static byte[] link(MessageDigest digest, byte[] line, int offset, int length) {
        digest.update(line, offset, length);
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static byte[] hmac(byte[] key, byte[] label, byte[] extra) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(label);
            if (extra != null) {
                mac.update(extra);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
