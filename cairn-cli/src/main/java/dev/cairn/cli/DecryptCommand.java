package dev.cairn.cli;

import dev.cairn.cli.input.Input;
import dev.cairn.cli.input.InputResolver;
import dev.cairn.cli.seal.SecretKeyOptions;
import dev.cairn.internal.seal.ChainVerifier;
import dev.cairn.internal.seal.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cairn decrypt --key-file K FILES…}: the plain JSON lines of sealed files, verified, in chain order. */
@Command(
        name = "decrypt",
        mixinStandardHelpOptions = true,
        description = {
            "Write the records of sealed files as plain JSON lines, in the order they were written, across rotated and"
                    + " gzipped files. Only records that authenticate are written; each problem goes to stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record decrypted, nothing tampered",
            "1:tampered: the authentic records were written, the problems reported",
            "2:bad usage, or the wrong key (then nothing is written)",
            "3:the output failed"
        })
final class DecryptCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SecretKeyOptions key = new SecretKeyOptions();

    @Parameters(
            arity = "1..*",
            paramLabel = "FILES",
            description = "Sealed files, or folders holding them (read recursively, .gz included).")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ChainVerifier verifier;
        List<Path> files = new ArrayList<>();
        try {
            verifier = ChainVerifier.withKey(key.read(parent.context().env()));
            for (Input input : InputResolver.resolve(inputs, parent.context().stdin())) {
                if (input.path() == null) {
                    throw new IllegalArgumentException("decrypt reads files; standard input cannot be decrypted");
                }
                files.add(input.path());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // Held until the key is known to fit: a wrong key writes nothing at all.
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Verdict verdict = verifier.verify(files, record -> {
            plain.writeBytes(record.getBytes(StandardCharsets.UTF_8));
            plain.write('\n');
        });
        if (verdict.wrongKey()) {
            parent.context().stderr().println("cairn decrypt: " + verdict.summary());
            return ExitCodes.USAGE;
        }
        OutputStream out = parent.context().stdout();
        plain.writeTo(out);
        out.flush();
        for (String problem : verdict.problems()) {
            parent.context().stderr().println("cairn decrypt: " + problem);
        }
        return verdict.intact() ? ExitCodes.OK : ExitCodes.TAMPERED;
    }
}
