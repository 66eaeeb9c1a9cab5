package dev.cairn.cli;

import dev.cairn.cli.seal.SecretKeyOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options about how a command runs, shared by every reading command. */
public final class RunOptions {

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for parsing (default: available processors, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no summary of skipped lines on stderr.")
    boolean quiet;

    /** Read sealed (encrypted) files with this reader key: verified and decrypted first. */
    @Mixin
    SecretKeyOptions key = new SecretKeyOptions();
}
