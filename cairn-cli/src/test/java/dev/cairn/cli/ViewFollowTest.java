package dev.cairn.cli;

import static dev.cairn.cli.LogFixture.log;
import static dev.cairn.cli.LogFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code view -f} in a thread: bounded waits on its output, stopped by interruption. */
class ViewFollowTest {

    @TempDir
    Path dir;

    /** A thread-safe snapshot of what the command wrote so far. */
    private static final class Output extends ByteArrayOutputStream {
        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void follow_printsNewRecordsAcrossRotationAndStopsWhenInterrupted() throws Exception {
        Path f = log().add(record("2026-11-21T10:00:00Z", "INFO", "x", "first")).write(dir.resolve("app.log"));
        Output out = new Output();
        CliContext ctx = new CliContext(
                System.in,
                out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Map.of(),
                Clock.systemUTC(),
                false,
                false);
        AtomicInteger exit = new AtomicInteger(-1);
        Thread t = new Thread(() -> exit.set(Cli.run(ctx, "view", "-f", "--level", "INFO", f.toString())));
        t.start();
        try {
            awaitOutput(out, "first");
            append(f, record("2026-11-21T10:00:01Z", "DEBUG", "x", "filtered out"));
            append(f, record("2026-11-21T10:00:02Z", "WARN", "x", "second"));
            awaitOutput(out, "second");

            Files.move(f, dir.resolve("app.log.1"));
            append(f, record("2026-11-21T10:00:03Z", "ERROR", "x", "after rotation"));
            awaitOutput(out, "after rotation");
        } finally {
            t.interrupt();
            t.join(10_000);
        }
        assertThat(t.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(out.text().lines().map(l -> l.substring(l.indexOf(" - ") + 3)))
                .containsExactly("first", "second", "after rotation");
    }

    @Test
    void follow_rejectsStdinAndGzip() {
        CliRun.Result r = CliRun.cli().run("view", "-f");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--follow reads plain files only; '<stdin>' is stdin");
    }

    private static void append(Path f, Map<String, Object> record) throws IOException {
        Files.writeString(
                f,
                LogFixture.JSON.writeValueAsString(record) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void awaitOutput(Output out, String text) {
        Await.until(out::text, seen -> seen.contains(text), () -> "no '" + text + "'; output so far:\n" + out.text());
    }
}
