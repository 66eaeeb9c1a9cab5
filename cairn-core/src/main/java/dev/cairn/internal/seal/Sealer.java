package dev.cairn.internal.seal;

import dev.cairn.internal.layout.Utf8Output;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The writer's side of a sealed file: turns each record line into a sealed line, writes the header of each file and
 * the signed checkpoints, and moves the key forward.
 *
 * <p>Chain: every record and checkpoint carries its number {@code n} and {@code p}, the SHA-256 of the line before it
 * (across files and restarts), and is authenticated together with them: AES-256-GCM with the line's metadata as
 * associated data, or HMAC-SHA256 in integrity-only mode. A checkpoint signs the link to the line before it with
 * Ed25519, so it commits to every line before it.
 *
 * <p>Forward security: the epoch key is derived from a state handed out by an {@link EpochSource} (a key file moved
 * forward on disk before the epoch is used, or an immutable key hashed forward in memory); the state itself is erased
 * from memory at once. The first epoch comes after the last one the log's chain used, so a restart never takes an epoch
 * again. A new epoch starts with every file and every {@code evolveRecords} records; the previous epoch's keys are
 * dropped (overwritten where the JDK allows).
 *
 * <p>Threads: called by one thread at a time (the file sink's), never concurrently.
 */
public final class Sealer {

    /** What a sealed record line holds. */
    public enum Mode {
        /** AES-256-GCM: the record is unreadable without the key. */
        ENCRYPT,
        /** The record as ordinary JSON with an HMAC and the chain fields in a trailing {@code "_seal"} object. */
        INTEGRITY
    }

    private static final int TAG_BITS = 128;
    private static final java.util.Base64.Encoder BASE64 =
            java.util.Base64.getUrlEncoder().withoutPadding();

    private final EpochSource epochs;
    private final Mode mode;
    private final int evolveRecords;
    private final int checkpointRecords;
    private final long checkpointMillis;
    private final Clock clock;
    private final Consumer<String> warn;
    private final byte[] salt = new byte[KeySchedule.SALT_BYTES];
    private final String id;
    private final PrivateKey signing;
    private final StringBuilder line = new StringBuilder(512);
    private final byte[] nonce = new byte[12];
    private final Cipher cipher;
    private final Mac mac;
    private final MessageDigest digest = KeySchedule.sha256();
    private final Signature signature;

    private long epoch;
    private SecretKeySpec epochSecret;
    private long next;
    private byte[] link;
    private int recordsInEpoch;
    private int sinceCheckpoint;
    private long checkpointDueMillis;
    private boolean headerWritten;

    /**
     * Continues the chain at the end of the log whose active file is {@code logFile}, in an epoch claimed from
     * {@code epochs} after the last one that chain used with the same key.
     *
     * @throws IllegalArgumentException when the key cannot be used
     * @throws IOException when the key cannot be read or moved forward
     */
    public Sealer(
            EpochSource epochs,
            Mode mode,
            int evolveRecords,
            int checkpointRecords,
            Duration checkpointInterval,
            Clock clock,
            Path logFile,
            Consumer<String> warn)
            throws IOException {
        this.epochs = epochs;
        this.mode = mode;
        this.evolveRecords = evolveRecords;
        this.checkpointRecords = checkpointRecords;
        this.checkpointMillis = checkpointInterval.toMillis();
        this.clock = clock;
        this.warn = warn;
        new SecureRandom().nextBytes(salt);
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            this.mac = Mac.getInstance("HmacSHA256");
            this.signature = Signature.getInstance("Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM or HmacSHA256 is missing from this JDK", e);
        }
        ChainTail tail = ChainTail.of(logFile);
        this.next = tail.next();
        this.link = tail.link();
        long after = epochs.keyId().equals(tail.keyId()) ? tail.epoch() + 1 : 0;
        EpochSource.Epoch claim = epochs.claim(after);
        this.id = claim.id();
        this.signing = claim.signing();
        useEpoch(claim);
        this.checkpointDueMillis = clock.millis() + checkpointMillis;
    }

    private void useEpoch(EpochSource.Epoch claim) {
        byte[] epochKey = KeySchedule.epochKey(claim.state(), salt);
        claim.erase();
        byte[] derived = mode == Mode.ENCRYPT ? KeySchedule.cipherKey(epochKey) : KeySchedule.macKey(epochKey);
        Arrays.fill(epochKey, (byte) 0);
        epochSecret = new SecretKeySpec(derived, mode == Mode.ENCRYPT ? "AES" : "HmacSHA256");
        Arrays.fill(derived, (byte) 0);
        epoch = claim.epoch();
        recordsInEpoch = 0;
        if (mode == Mode.INTEGRITY) {
            try {
                mac.init(epochSecret);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Starts a new epoch; if the key cannot be moved forward, says so and stays in the current one. */
    private void evolve() {
        try {
            useEpoch(epochs.claim(epoch + 1));
        } catch (IOException | RuntimeException e) {
            recordsInEpoch = 0;
            warn.accept("cannot start a new key epoch for " + epochs.describe() + " (" + e.getMessage()
                    + "); sealing goes on in epoch " + epoch + ", so it is not forward-secure until this is fixed");
        }
    }

    /** The header line (with its newline) at the top of each file; every file after the first starts a new epoch. */
    public String header() {
        if (headerWritten) {
            evolve();
        }
        headerWritten = true;
        return SealedLine.HEADER_PREFIX + id + "\",\"mode\":\"" + (mode == Mode.ENCRYPT ? "encrypt" : "integrity")
                + "\",\"salt\":\"" + KeyText.encode(salt) + "\"}\n";
    }

    /**
     * Appends {@code record} (one line, ending with a newline) to {@code out} sealed, followed by a checkpoint when
     * one is due.
     */
    public void seal(Utf8Output record, Utf8Output out) {
        int length = record.length();
        if (length > 0 && record.byteAt(length - 1) == '\n') {
            length--;
        }
        byte[] plain = Arrays.copyOf(record.array(), length);
        byte[] bytes = mode == Mode.ENCRYPT ? encrypted(plain) : withMac(plain);
        append(bytes, out);
        sinceCheckpoint++;
        recordsInEpoch++;
        if (sinceCheckpoint >= checkpointRecords || clock.millis() >= checkpointDueMillis) {
            append(checkpointLine(), out);
        }
        if (recordsInEpoch >= evolveRecords) {
            evolve();
        }
    }

    /**
     * The checkpoint line (with its newline) due now, or null: at {@code closing} if any line followed the last
     * checkpoint, otherwise once the interval has passed since it.
     */
    public String checkpoint(boolean closing) {
        if (sinceCheckpoint == 0 || !closing && clock.millis() < checkpointDueMillis) {
            return null;
        }
        Utf8Output out = new Utf8Output(256);
        append(checkpointLine(), out);
        return out.toString();
    }

    private void append(byte[] bytes, Utf8Output out) {
        link = KeySchedule.link(digest, bytes, 0, bytes.length);
        next++;
        out.append(bytes).append('\n');
    }

    private byte[] encrypted(byte[] plain) {
        line.setLength(0);
        line.append(SealedLine.RECORD_PREFIX).append(id).append("\",\"e\":").append(epoch);
        appendChain();
        line.append("\",\"c\":\"");
        byte[] associated = line.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer.wrap(nonce).putInt(0).putLong(next);
        byte[] ciphertext;
        try {
            cipher.init(Cipher.ENCRYPT_MODE, epochSecret, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            ciphertext = BASE64.encode(cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
        byte[] bytes = Arrays.copyOf(associated, associated.length + ciphertext.length + 2);
        System.arraycopy(ciphertext, 0, bytes, associated.length, ciphertext.length);
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '}';
        return bytes;
    }

    private byte[] withMac(byte[] plain) {
        int body = plain.length;
        while (body > 0 && plain[body - 1] != '}') {
            body--;
        }
        if (body < 2) {
            throw new IllegalArgumentException("integrity-only sealing needs JSON records");
        }
        line.setLength(0);
        line.append(SealedLine.INTEGRITY_MARK).append(id).append("\",\"e\":").append(epoch);
        appendChain();
        line.append("\",\"m\":\"");
        byte[] meta = line.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] signed = Arrays.copyOf(plain, body - 1 + meta.length);
        System.arraycopy(meta, 0, signed, body - 1, meta.length);
        byte[] tag = mac.doFinal(signed);
        byte[] end = (KeyText.encode(tag) + "\"}}").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(signed, signed.length + end.length);
        System.arraycopy(end, 0, bytes, signed.length, end.length);
        return bytes;
    }

    private void appendChain() {
        line.append(",\"n\":").append(next).append(",\"p\":\"").append(KeyText.encode(link));
    }

    private byte[] checkpointLine() {
        sinceCheckpoint = 0;
        checkpointDueMillis = clock.millis() + checkpointMillis;
        String signed = SealedLine.CHECKPOINT_PREFIX + id + "\",\"n\":" + next + ",\"p\":\"" + KeyText.encode(link)
                + "\",\"t\":\"" + clock.instant() + "\",\"s\":\"";
        byte[] signedBytes = signed.getBytes(StandardCharsets.US_ASCII);
        try {
            signature.initSign(signing);
            signature.update(signedBytes);
            return (signed + KeyText.encode(signature.sign()) + "\"}").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
