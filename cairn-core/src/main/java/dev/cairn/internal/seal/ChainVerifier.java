package dev.cairn.internal.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks sealed files, one log at a time across its rotated and gzipped files, and reports each problem with its file
 * and line. With the secret key every record is authenticated (and can be decrypted); with the public key only the
 * checkpoints are, and through the hash chain every line before the last checkpoint. Never throws on any content.
 *
 * <p>Order: the files of a log are read in the order of their records; if that is not the order of their names, the
 * files were renamed or reordered, which is reported.
 */
public final class ChainVerifier {

    /**
     * The most epochs one record may move ahead of those already derived: a writer moves one epoch per file or per
     * {@code encryption.evolve.records} records, and a forged huge epoch must not make the verifier hash for hours.
     */
    private static final long MAX_EPOCH_STEP = 1_000_000;

    private final SealingKey key;
    private final PublicKey signer;
    private final String keyId;
    private final TreeMap<Long, byte[]> states = new TreeMap<>();
    private final Map<String, SecretKeySpec> epochKeys = new HashMap<>();

    private ChainVerifier(SealingKey key, PublicSealKey publicKey) {
        this.key = key;
        this.keyId = publicKey.id();
        this.signer = publicKey.key();
        if (key != null) {
            states.put(key.epoch(), key.state().clone());
        }
    }

    /** Verifies with the secret key: every record, and decrypts. */
    public static ChainVerifier withKey(SealingKey key) {
        return new ChainVerifier(key, key.publicKey());
    }

    /** Verifies with the public key: the checkpoints and the hash chain. */
    public static ChainVerifier withPublicKey(PublicSealKey key) {
        return new ChainVerifier(null, key);
    }

    /**
     * Verifies {@code paths} (files of one or more logs, in any order).
     *
     * @param records receives each authenticated record as a JSON line (without newline), in chain order; may be null
     */
    public Verdict verify(List<Path> paths, Consumer<String> records) {
        Run run = new Run(records);
        for (List<SealedFile> log : SealedFile.byLog(paths).values()) {
            if (!run.log(log)) {
                break;
            }
        }
        return run.verdict();
    }

    /** The state of one verification. */
    private final class Run {
        private final Consumer<String> output;
        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private boolean wrongKey;
        private long records;
        private int files;
        private String lastCheckpoint;
        private long authenticated;
        private long failedAuthentication;
        private final MessageDigest digest = KeySchedule.sha256();
        private final Cipher cipher;
        private final Mac mac;
        private final Signature signature;

        Run(Consumer<String> output) {
            this.output = output;
            try {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                mac = Mac.getInstance("HmacSHA256");
                signature = Signature.getInstance("Ed25519");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM, HmacSHA256 or Ed25519 is missing from this JDK", e);
            }
        }

        Verdict verdict() {
            if (!wrongKey && key != null && authenticated == 0 && failedAuthentication > 0) {
                wrongKey = true;
                problems.add(
                        0,
                        "wrong key: no record authenticates with key " + keyId
                                + " (a key with the same id but another secret, or every record was changed)");
            }
            return new Verdict(List.copyOf(problems), List.copyOf(notes), wrongKey, records, files, lastCheckpoint);
        }

        /** Verifies one log; false if the rest must not be read (wrong key). */
        boolean log(List<SealedFile> byName) {
            List<SealedFile> readable = new ArrayList<>();
            for (SealedFile file : byName) {
                file.load();
                files++;
                if (file.unreadable != null) {
                    problems.add(file.name() + ": cannot be read (" + file.unreadable + ")");
                } else {
                    readable.add(file);
                }
            }
            List<SealedFile> byContent = new ArrayList<>(readable);
            byContent.sort(Comparator.comparingLong(f -> f.firstNumber() < 0 ? Long.MAX_VALUE : f.firstNumber()));
            for (int i = 0; i < byContent.size(); i++) {
                SealedFile file = byContent.get(i);
                if (file != readable.get(i) && file.firstNumber() >= 0) {
                    problems.add(file.name() + ": holds records " + file.firstNumber() + " to " + file.lastNumber()
                            + ", which come before those of " + readable.get(i).name()
                            + ", but its name places it after that file: files were renamed or reordered");
                    break;
                }
            }
            Chain chain = new Chain();
            for (SealedFile file : byContent) {
                if (!chain.file(file)) {
                    return false;
                }
            }
            chain.end();
            return true;
        }

        /** Walks the lines of one log in order. */
        private final class Chain {
            private long expected = -1;
            private byte[] link;
            private byte[] salt;
            private long epoch = -1;
            private boolean previousReported;
            private String previousPlace;
            private long previousNumber;
            private String afterCheckpointFrom;
            private long afterCheckpoint;
            private boolean started;
            private SealedFile previousFile;

            boolean file(SealedFile file) {
                salt = null;
                for (int i = 0; i < file.lines.size(); i++) {
                    int[] span = file.lines.get(i);
                    String place = file.name() + ":" + (i + 1);
                    if (file.cut && i == file.lines.size() - 1) {
                        problems.add(place + ": the file ends inside a line (cut; the line is not a whole record)");
                        continue;
                    }
                    SealedLine line = SealedLine.parse(file.bytes, span[0], span[1]);
                    if (line.kind() == SealedLine.Kind.INVALID) {
                        problems.add(place + ": not a sealed line (changed, or not written by a sealed file sink)");
                        link = null;
                        previousReported = true;
                        continue;
                    }
                    if (!line.keyId().equals(keyId)) {
                        wrongKey = true;
                        problems.add(
                                0,
                                "wrong key: " + file.name() + " was sealed with key " + line.keyId()
                                        + ", the key given is " + keyId);
                        return false;
                    }
                    if (line.kind() == SealedLine.Kind.HEADER) {
                        salt = line.payload();
                        continue;
                    }
                    if (!entry(file, line, span, place)) {
                        return false;
                    }
                }
                previousFile = file;
                return true;
            }

            /** Checks one chain entry; false if the rest must not be read (wrong key). */
            private boolean entry(SealedFile file, SealedLine line, int[] span, String place) {
                long n = line.number();
                boolean linked = true;
                if (!started) {
                    started = true;
                    if (n > 0) {
                        notes.add("the chain of " + file.log + " starts at record " + n + " in " + place
                                + ": the files before it are not here (removed by retention, or not given)");
                    } else if (!Arrays.equals(line.link(), new byte[KeySchedule.KEY_BYTES])) {
                        problems.add(place + ": record 0 does not start a chain (its link is not the genesis link)");
                    }
                    linked = false;
                } else if (n > expected) {
                    String between = previousFile != null && file != previousFile && file.firstNumber() == n
                            ? " (a file between " + previousFile.name() + " and " + file.name()
                                    + " is missing, or was cut)"
                            : " (deleted, or moved elsewhere)";
                    problems.add(place + ": record " + n + " comes where record " + expected + " was expected: "
                            + (n - expected == 1
                                    ? "record " + expected + " is missing"
                                    : "records " + expected + " to " + (n - 1) + " are missing")
                            + between);
                    linked = false;
                } else if (n < expected) {
                    problems.add(place + ": record " + n + " is out of order or repeated (record " + expected
                            + " was expected here)");
                    linked = false;
                } else if (link != null && !MessageDigest.isEqual(link, line.link())) {
                    if (!previousReported) {
                        problems.add(previousPlace + ": record " + previousNumber
                                + " was changed after it was written (the link in the next line does not match it)");
                    }
                    linked = false;
                }
                boolean reported = false;
                if (line.kind() == SealedLine.Kind.CHECKPOINT) {
                    if (checkpointValid(file, line, span)) {
                        lastCheckpoint = line.text() + " (record " + n + ", " + place + ")";
                        afterCheckpoint = 0;
                        afterCheckpointFrom = null;
                    } else {
                        problems.add(place + ": checkpoint " + n + " has an invalid signature (changed, or signed"
                                + " by another key)");
                        reported = true;
                    }
                } else {
                    records++;
                    afterCheckpoint++;
                    if (afterCheckpointFrom == null) {
                        afterCheckpointFrom = place;
                    }
                    if (key != null && line.epoch() < key.epoch()) {
                        wrongKey = true;
                        problems.add(
                                0,
                                "wrong key: " + place + ": record " + n + " was sealed in key epoch "
                                        + line.epoch() + ", before the key's epoch " + key.epoch()
                                        + ": this key (a writer's"
                                        + " key, moved forward) cannot read or check it (forward security); use the reader key"
                                        + " written by cairn keygen");
                        return false;
                    }
                    if (key != null) {
                        String problem = authenticate(file, line, span);
                        if (problem != null) {
                            problems.add(place + ": " + problem);
                            reported = true;
                        }
                    }
                }
                previousReported = reported;
                previousPlace = place;
                previousNumber = n;
                link = KeySchedule.link(digest, file.bytes, span[0], span[1]);
                expected = n + 1;
                if (!linked && link == null) {
                    previousReported = true;
                }
                return true;
            }

            private boolean isFirstEntry(SealedFile file, int[] span) {
                return file.firstNumber()
                        == SealedLine.parse(file.bytes, span[0], span[1]).number();
            }

            void end() {
                if (afterCheckpoint > 0) {
                    notes.add(afterCheckpoint + (afterCheckpoint == 1 ? " record" : " records")
                            + " after the last checkpoint (from " + afterCheckpointFrom
                            + "): no signature covers them, so they could have been changed or cut");
                }
            }

            private boolean checkpointValid(SealedFile file, SealedLine line, int[] span) {
                try {
                    signature.initVerify(signer);
                    signature.update(file.bytes, span[0], line.signedLength());
                    return signature.verify(line.payload());
                } catch (GeneralSecurityException | RuntimeException e) {
                    return false;
                }
            }

            /** Authenticates a record with the secret key; null if it is authentic, else the problem. */
            private String authenticate(SealedFile file, SealedLine line, int[] span) {
                if (line.epoch() < epoch) {
                    return "record " + line.number() + " is in key epoch " + line.epoch() + ", after epoch " + epoch
                            + ": epochs never go back";
                }
                if (line.epoch() - states.lastKey() > MAX_EPOCH_STEP) {
                    return "record " + line.number() + " claims key epoch " + line.epoch() + ", more than "
                            + MAX_EPOCH_STEP + " epochs after any seen before: changed after it was written";
                }
                epoch = line.epoch();
                if (salt == null) {
                    return "record " + line.number() + " has no header line before it in its file (the header was"
                            + " removed or changed)";
                }
                boolean encrypted = line.kind() == SealedLine.Kind.ENCRYPTED;
                SecretKeySpec secret = secret(line.epoch(), encrypted);
                try {
                    byte[] plain;
                    if (encrypted) {
                        byte[] nonce = new byte[12];
                        ByteBuffer.wrap(nonce).putInt(0).putLong(line.number());
                        cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(128, nonce));
                        cipher.updateAAD(file.bytes, span[0], line.signedLength());
                        plain = cipher.doFinal(line.payload());
                    } else {
                        mac.init(secret);
                        mac.update(file.bytes, span[0], line.signedLength());
                        if (!MessageDigest.isEqual(mac.doFinal(), line.payload())) {
                            throw new GeneralSecurityException("mac");
                        }
                        plain = line.text().getBytes(StandardCharsets.UTF_8);
                    }
                    authenticated++;
                    if (output != null) {
                        output.accept(new String(plain, StandardCharsets.UTF_8));
                    }
                    return null;
                } catch (GeneralSecurityException | RuntimeException e) {
                    failedAuthentication++;
                    return "record " + line.number() + " fails authentication: it was changed after it was written";
                }
            }

            private SecretKeySpec secret(long target, boolean encrypted) {
                String cacheKey = KeyText.encode(salt) + "/" + target + "/" + encrypted;
                SecretKeySpec cached = epochKeys.get(cacheKey);
                if (cached != null) {
                    return cached;
                }
                Map.Entry<Long, byte[]> from = states.floorEntry(target);
                byte[] state = KeySchedule.forward(from.getValue(), from.getKey(), target);
                states.put(target, state);
                byte[] epochKey = KeySchedule.epochKey(state, salt);
                SecretKeySpec spec = encrypted
                        ? new SecretKeySpec(KeySchedule.cipherKey(epochKey), "AES")
                        : new SecretKeySpec(KeySchedule.macKey(epochKey), "HmacSHA256");
                epochKeys.put(cacheKey, spec);
                return spec;
            }
        }
    }
}
