package dev.cairn.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong done = new AtomicLong();

    private String drawn() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsAfterAShortDelayThrottlesAndClears() {
        ProgressBar bar =
                new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), 4L << 20, done::get, now::get);
        done.set(1L << 20);
        now.set(100_000_000L);
        bar.update();
        assertThat(drawn()).isEmpty();

        now.set(1_000_000_000L);
        bar.update();
        assertThat(drawn())
                .startsWith("\r[########......................]  25% 1.0 MiB of 4.0 MiB 1.0 MiB/s")
                .endsWith("\u001b[K");

        int length = drawn().length();
        now.addAndGet(50_000_000L);
        bar.update();
        assertThat(drawn()).hasSize(length);

        bar.clear();
        assertThat(drawn()).endsWith("\r\u001b[K");
    }

    @Test
    void quickRunsNeverDrawNorClear() {
        ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), -1, done::get, now::get);
        bar.update();
        bar.clear();
        assertThat(drawn()).isEmpty();
    }
}
