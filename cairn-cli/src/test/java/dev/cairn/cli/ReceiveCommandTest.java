package dev.cairn.cli;

import static dev.cairn.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn receive}'s usage errors: one line naming the option and what it accepts, exit code 2. */
class ReceiveCommandTest {

    @TempDir
    Path dir;

    @Test
    void nothingToListenOn_isAUsageError() {
        CliRun.Result r = cli().run("receive");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nothing to listen on: give --tcp, --tls or --udp");
    }

    @Test
    void badFileOption_namesTheOptionAndWhatItAccepts() {
        CliRun.Result r = cli().run(
                        "receive",
                        "--tcp",
                        "0",
                        "-o",
                        dir.resolve("r.log").toString(),
                        "--file-option",
                        "max-bytes=lots");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("file option max-bytes=lots is invalid: expected");

        CliRun.Result unknown = cli().run(
                        "receive", "--tcp", "0", "-o", dir.resolve("r.log").toString(), "--file-option", "colour=red");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown file option colour; expected one of max-bytes, backups");
    }

    @Test
    void tokenVariableNotSet_tlsWithoutKeyStore_andABadPort_areUsageErrors() {
        assertThat(cli().run("receive", "--tcp", "0", "--token-env", "NO_SUCH_TOKEN")
                        .err())
                .contains("--token-env names NO_SUCH_TOKEN, which is not set");
        assertThat(cli().run("receive", "--tls", "0").err()).contains("--tls needs --tls-key-store");
        CliRun.Result port = cli().run("receive", "--tcp", "localhost:99999");
        assertThat(port.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(port.err()).contains("invalid port in localhost:99999");
    }
}
