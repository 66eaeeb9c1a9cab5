package dev.cairn.internal.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The duplicate window's bound and its exact counting under concurrent callers, on a ticker the test moves. */
class DuplicateWindowTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final Suppressions suppressions = new Suppressions();
    private final ConcurrentLinkedQueue<String> summaries = new ConcurrentLinkedQueue<>();
    private final AtomicLong summarized = new AtomicLong();
    private final DuplicateWindow window =
            new DuplicateWindow(TimeUnit.SECONDS.toNanos(10), now::get, suppressions, (key, count, nanos) -> {
                summaries.add(key.template() + " x" + count);
                summarized.addAndGet(count);
            });

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void beyondTheBoundOfOpenWindows_newKeysAreWritten_notTracked() {
        for (int i = 0; i < DuplicateWindow.MAX_WINDOWS; i++) {
            assertThat(window.suppresses("shop", Level.INFO, "template " + i, null))
                    .isFalse();
        }
        assertThat(window.suppresses("shop", Level.INFO, "one too many", null)).isFalse();
        assertThat(window.suppresses("shop", Level.INFO, "one too many", null)).isFalse();
        assertThat(window.suppresses("shop", Level.INFO, "template 7", null)).isTrue();
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        window.sweep();
        assertThat(summaries).containsExactly("template 7 x1");
        assertThat(window.suppresses("shop", Level.INFO, "one too many", null)).isFalse();
        assertThat(window.suppresses("shop", Level.INFO, "one too many", null)).isTrue();
    }

    @Test
    void concurrentDuplicates_whileWindowsClose_areEachCountedOnce() throws InterruptedException {
        int threads = 4;
        int calls = 20_000;
        AtomicLong written = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < calls; i++) {
                    if (i % 1000 == 0) {
                        now.addAndGet(TimeUnit.SECONDS.toNanos(3));
                    }
                    if (!window.suppresses("shop", Level.WARN, "busy", null)) {
                        written.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        window.close();
        long suppressed = suppressions.byCause().get(Suppressions.DEDUPE);
        assertThat(written.get() + suppressed).isEqualTo((long) threads * calls);
        assertThat(summarized.get()).isEqualTo(suppressed);
        assertThat(written.get()).isGreaterThan(1);
    }
}
