package dev.cairn.cli;

import dev.cairn.cli.input.Input;
import dev.cairn.cli.input.InputResolver;
import dev.cairn.cli.seal.Keys;
import dev.cairn.cli.seal.SecretKeyOptions;
import dev.cairn.internal.seal.ChainVerifier;
import dev.cairn.internal.seal.Verdict;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cairn verify}: checks the chain of sealed files across rotated and gzipped files. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check sealed log files: with --key-file every record is authenticated; with --public-key the signed"
                    + " checkpoints, and through the hash chain every line before the last one. Prints OK: N records in"
                    + " M files, last checkpoint at ... or each problem with its file and line."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:intact",
            "1:tampered: a record changed, missing, repeated, out of order or cut, or a file missing or renamed",
            "2:bad usage, or the wrong key"
        })
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    CairnCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SecretKeyOptions key = new SecretKeyOptions();

    @Option(names = "--public-key", paramLabel = "PUB", description = "The public key from cairn keygen.")
    Path publicKey;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILES-OR-FOLDER",
            description = "Sealed files, or folders holding them (read recursively, .gz included).")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(parent.context().stdout(), true, java.nio.charset.StandardCharsets.UTF_8);
        ChainVerifier verifier;
        List<Path> files = new ArrayList<>();
        try {
            if (key.given() == (publicKey != null)) {
                throw new IllegalArgumentException(
                        "give either a reader key (--key-file, --key-env or --keystore) or --public-key");
            }
            verifier = publicKey == null
                    ? ChainVerifier.withKey(key.read(parent.context().env()))
                    : ChainVerifier.withPublicKey(Keys.publicKey(publicKey));
            for (Input input : InputResolver.resolve(inputs, parent.context().stdin())) {
                if (input.path() == null) {
                    throw new IllegalArgumentException("verify reads files; standard input cannot be verified");
                }
                files.add(input.path());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Verdict verdict = verifier.verify(files, null);
        if (verdict.wrongKey()) {
            parent.context().stderr().println("cairn verify: " + verdict.summary());
            return ExitCodes.USAGE;
        }
        for (String problem : verdict.problems()) {
            out.println(problem);
        }
        out.println(verdict.summary());
        for (String note : verdict.notes()) {
            out.println("note: " + note);
        }
        return verdict.intact() ? ExitCodes.OK : ExitCodes.TAMPERED;
    }
}
