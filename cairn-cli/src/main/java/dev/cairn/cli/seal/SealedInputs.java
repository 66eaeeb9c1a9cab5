package dev.cairn.cli.seal;

import dev.cairn.cli.input.Input;
import dev.cairn.internal.seal.ChainVerifier;
import dev.cairn.internal.seal.SealingKey;
import dev.cairn.internal.seal.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sealed files read with their key: every file is verified and decrypted, in chain order, into memory, and the
 * commands read the plain JSON lines as one input. Problems are reported on stderr; only authentic records are read.
 */
public final class SealedInputs {

    private SealedInputs() {}

    /**
     * The decrypted records of {@code inputs} as one input.
     *
     * @throws IllegalArgumentException when the key cannot be read, is the wrong key, or an input is standard input
     */
    public static Input decrypt(SealingKey key, List<Input> inputs, PrintStream stderr) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Input input : inputs) {
            if (input.path() == null) {
                throw new IllegalArgumentException("a reader key reads sealed files; standard input cannot be one");
            }
            files.add(input.path());
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Verdict verdict = ChainVerifier.withKey(key).verify(files, record -> {
            plain.writeBytes(record.getBytes(StandardCharsets.UTF_8));
            plain.write('\n');
        });
        if (verdict.wrongKey()) {
            throw new IllegalArgumentException(verdict.summary());
        }
        for (String problem : verdict.problems()) {
            stderr.println("cairn: " + problem);
        }
        String name = files.size() == 1 ? files.get(0).toString() : files.size() + " sealed files";
        return Input.decrypted(name, new ByteArrayInputStream(plain.toByteArray()));
    }
}
