package dev.cairn.cli;

import dev.cairn.internal.seal.KeyFilePermissions;
import dev.cairn.internal.seal.SealingKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cairn keygen --out PREFIX}: a new sealing key as the writer's copy, the reader's copy and the public key. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Write a new sealing key: PREFIX.key for the application (cairn.file.encryption.key-file; it moves forward"
                    + " as the application seals, so it can never read or forge what was written before), PREFIX"
                    + ".reader.key to decrypt and verify everything (keep it off the host), and PREFIX.pub for"
                    + " auditors (verifies checkpoints without any secret). The secret files are created 0600."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:keys written", "2:bad usage, or a file exists already", "3:a file could not be written"})
final class KeygenCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "PREFIX",
            required = true,
            description = "Path and name of the files to write, e.g. keys/app (its folder must exist).")
    Path prefix;

    @Override
    public Integer call() throws IOException {
        Path writer = Path.of(prefix + ".key");
        Path reader = Path.of(prefix + ".reader.key");
        Path publicKey = Path.of(prefix + ".pub");
        Path folder = writer.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: folder " + folder + " does not exist");
        }
        for (Path file : List.of(writer, reader, publicKey)) {
            if (Files.exists(file)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), file + " exists already; keygen never replaces a key");
            }
        }
        SealingKey key = SealingKey.generate(new SecureRandom());
        KeyFilePermissions.writeOwnerOnly(writer, key.toText());
        KeyFilePermissions.writeOwnerOnly(reader, key.toText());
        Files.writeString(publicKey, key.publicKey().toText(), StandardCharsets.UTF_8);
        parent.context()
                .stderr()
                .println("cairn keygen: key " + key.id() + ": wrote " + writer + " (for the application), " + reader
                        + " (to decrypt and verify; keep it off the host) and " + publicKey + " (for auditors)");
        return ExitCodes.OK;
    }
}
