package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.linesink.LineChannels;
import dev.cairn.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sink whose {@code write} never returns must not keep the JVM from exiting (issue 12): shutdown gives up on it at
 * {@code cairn.shutdown.timeout}, reports what it did not write, and the process ends, after a normal end of
 * {@code main} and after SIGTERM, whether the sink runs on the writer thread or on a delivery thread of its own.
 */
class StalledSinkShutdownTest {

    @TempDir
    Path dir;

    /** Logs five records, waits until the stalled sink is stuck, says so, then returns or waits to be terminated. */
    public static final class StallsInASink {
        public static void main(String[] args) throws InterruptedException {
            Logger log = Cairn.logger("child");
            for (int i = 0; i < 5; i++) {
                log.info("record {}", i);
            }
            LineChannels.get("stuck").stalled.await();
            System.out.println("stuck");
            System.out.flush();
            if (args[0].equals("wait")) {
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    @ParameterizedTest(name = "may-block={0}, {1}")
    @CsvSource({"false, return", "false, wait", "true, return", "true, wait"})
    void sinkThatNeverReturns_isAbandonedAtTheShutdownTimeoutAndTheJvmExits(boolean mayBlock, String end)
            throws Exception {
        List<String> properties = List.of(
                "-Dcairn.console=none",
                "-Dcairn.file=app.log",
                "-Dcairn.shutdown.timeout=1s",
                "-Dcairn.sink.stuck.type=test-lines",
                "-Dcairn.sink.stuck.channel=stuck",
                "-Dcairn.sink.stuck.stall=forever",
                "-Dcairn.sink.stuck.may-block=" + mayBlock);
        Process child = ChildJvm.main(StallsInASink.class)
                .in(dir)
                .jvmArguments("-Xmx256m")
                .jvmArguments(properties)
                .arguments(end)
                .start();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("stuck");
            if (end.equals("wait")) {
                // SIGTERM through the handle, which (unlike Process.destroy) leaves the child's output readable.
                child.toHandle().destroy();
            }
            // Generous: the bound is the shutdown timeout of 1 s; this only keeps a regression from hanging the build.
            boolean exited = child.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                child.destroyForcibly();
            }
            assertThat(exited).as("the child JVM exited").isTrue();
        }
        List<String> err = stderr.get(60, TimeUnit.SECONDS).lines().toList();
        assertThat(err)
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                "cairn: sink stuck did not finish within cairn.shutdown.timeout (it is stuck in a call);"
                                        + " abandoned with ")
                        .endsWith(" records not written"));
        List<String> written = Files.readAllLines(dir.resolve("app.log"));
        if (mayBlock) {
            assertThat(written).hasSize(5);
        } else {
            // The writer thread is stuck in the stalled sink after handing the first record to the file.
            assertThat(written).hasSize(1);
            assertThat(err)
                    .contains("cairn: 4 queued records were not written: the sinks did not drain them within"
                            + " 1000 ms");
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
