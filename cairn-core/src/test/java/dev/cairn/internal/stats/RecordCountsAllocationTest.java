package dev.cairn.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Counting a written record adds no allocation to the logging path once its logger and exception type have been
 * seen, and bounds memory for ever-new names. Measured with the JVM's per-thread allocation counter, as
 * {@code SkippedCallAllocationTest} does.
 */
class RecordCountsAllocationTest {

    private static final int RECORDS = 200_000;

    private static long allocatedBy(Runnable calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        calls.run();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        calls.run();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    @Test
    void countingRecords_allocatesNothing() {
        RecordCounts counts = new RecordCounts();
        counts.service("payment-service");
        IllegalStateException failure = new IllegalStateException("x");
        long allocated = allocatedBy(() -> {
            for (int i = 0; i < RECORDS; i++) {
                counts.count(Level.INFO, "shop.checkout", null, 0);
                counts.count(Level.ERROR, "shop.payment", failure, 1);
            }
        });
        assertThat(allocated)
                .as("bytes allocated counting %d records", RECORDS * 2L)
                .isLessThan(4096);
        assertThat(counts.byService().get("payment-service"))
                .containsEntry(Level.INFO, 2L * RECORDS)
                .containsEntry(Level.ERROR, 2L * RECORDS);
    }

    @Test
    void everNewLoggerNames_areBounded_andCountedInOther() {
        RecordCounts counts = new RecordCounts();
        int names = BoundedCounts.TRACKED + 500;
        for (int i = 0; i < names; i++) {
            counts.count(Level.INFO, "generated." + i, null, i);
        }
        var top = counts.loggers(3);
        assertThat(top).hasSize(4).containsEntry("other", names - 3L);
        assertThat(top.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(names);
    }
}
