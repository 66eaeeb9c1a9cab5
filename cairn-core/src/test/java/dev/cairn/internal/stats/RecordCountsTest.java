package dev.cairn.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts made by more threads at once than there are rows, some sharing a row, add up exactly. */
class RecordCountsTest {

    private static final int PER_THREAD = 50_000;

    @Test
    void threadsCountingAtOnce_inRowsOfTheirOwnOrShared_addUpExactly() throws InterruptedException {
        RecordCounts counts = new RecordCounts();
        int threads = 2 * StripedCounts.STRIPES + 1;
        IllegalStateException failure = new IllegalStateException("x");
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int stripe = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    counts.count(i % 2 == 0 ? Level.INFO : Level.WARN, "shop." + stripe % 3, failure, stripe);
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join();
        }
        long total = (long) threads * PER_THREAD;
        assertThat(counts.byService().get(RecordCounts.NO_SERVICE))
                .containsEntry(Level.INFO, total / 2)
                .containsEntry(Level.WARN, total / 2)
                .containsEntry(Level.ERROR, 0L);
        assertThat(counts.loggers(3))
                .containsEntry("shop.0", (threads + 2) / 3 * (long) PER_THREAD)
                .hasSize(3);
        assertThat(counts.loggers(3).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(total);
        assertThat(counts.errors(1)).containsExactly(Map.entry(IllegalStateException.class.getName(), total));
    }
}
