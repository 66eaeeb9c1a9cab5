package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "view", "stats", "trace", "flows", "report"})
    void help_rendersWithExitCodesAndWithoutPicocliWarnings(String command) {
        PrintStream original = System.err;
        ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
        CliRun.Result r;
        try {
            // picocli reports malformed descriptions on System.err, not on the command's stream.
            System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
            r = command.isEmpty() ? cli().run("--help") : cli().run(command, "--help");
        } finally {
            System.setErr(original);
        }

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: cairn").contains("Exit codes:", "  2   bad usage");
        assertThat(r.err()).isEmpty();
        assertThat(picocliWarnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Cli builds only the subcommand a run names, looked up by name: each must be found under its own. */
    @ParameterizedTest
    @ValueSource(strings = {"view", "stats", "trace", "flows", "report", "keygen", "decrypt", "verify", "receive"})
    void eachSubcommandIsFoundUnderItsName(String command) {
        CliRun.Result r = cli().run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: cairn " + command + " ");
    }

    @Test
    void topLevelHelpListsEverySubcommandInOrder() {
        CliRun.Result r = cli().run("--help");

        assertThat(r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split(" +")[0]))
                .containsSubsequence(
                        "view", "stats", "trace", "flows", "report", "keygen", "decrypt", "verify", "receive", "help");
    }
}
