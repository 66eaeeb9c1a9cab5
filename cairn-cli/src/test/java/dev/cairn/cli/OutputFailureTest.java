package dev.cairn.cli;

import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when writing the output fails. */
class OutputFailureTest {

    @TempDir
    Path dir;

    private static final class FailingOutput extends OutputStream {
        private final String message;

        FailingOutput(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(message);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException(message);
        }
    }

    private int run(String failure, ByteArrayOutputStream err) {
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "hello")).write(dir.resolve("app.log"));
        CliContext ctx = new CliContext(
                new ByteArrayInputStream(new byte[0]),
                new FailingOutput(failure),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                Clock.systemUTC(),
                false,
                false);
        return Cli.run(ctx, "view", f.toString());
    }

    @Test
    void fullDisk_exitsThreeWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run("No space left on device", err)).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("cairn view: IOException: No space left on device\n");
    }

    @Test
    void brokenPipe_endsQuietlyWithZero() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run("Broken pipe", err)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
