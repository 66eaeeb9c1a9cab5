package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A call that a limit skips costs no more than a disabled call: it allocates nothing. Measured like
 * {@link DisabledCallAllocationTest}, with the JVM's per-thread allocation counter (bytes, not time). The ticker
 * never moves, so after the first call of each statement every call is skipped.
 */
class SkippedCallAllocationTest {

    private static final int CALLS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final String TENANT = "acme";

    private static long allocatedBy(Runnable calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        calls.run();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        calls.run();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    @Test
    void callsSkippedAtTheCallSite_allocateNothing() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("limited");
            String user = "alice";
            Object order = Long.valueOf(123_456_789L);
            long allocated = allocatedBy(() -> {
                for (int i = 0; i < CALLS; i++) {
                    log.atInfo().every(1_000_000_000).log("plain");
                    log.atInfo().every(1_000_000_000).log("user {}", user);
                    log.atInfo()
                            .with("count", 1_000_000L + i)
                            .with("ratio", 0.5 + i)
                            .with("user", user)
                            .with("flag", true)
                            .every(1_000_000_000)
                            .log("user {} order {}", user, order);
                    log.atWarn().atMostEvery(MINUTE).log("minute {}", order);
                    log.atError().atMostEvery(1, TimeUnit.HOURS).cause(null).log();
                    log.atInfo().per(TENANT).atMostEvery(1, TimeUnit.HOURS).log("tenant {}", TENANT);
                    // A lambda that captures nothing is one shared object; a capturing one is allocated by the caller.
                    log.atDebug().every(1_000_000_000).log(() -> "supplied");
                }
            });
            assertThat(allocated)
                    .as("bytes allocated by %d skipped calls", CALLS * 7L)
                    .isLessThan(4096);
            assertThat(logs.records()).hasSize(7);
            assertThat(logs.system.stats().suppressed()).containsEntry("call-site", 2L * CALLS * 7 - 7);
        }
    }

    @Test
    void callsSkippedByAConfiguredRate_allocateNothing() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.hot", "1/h"))) {
            Logger log = logs.logger("hot.path");
            String user = "alice";
            Object order = Long.valueOf(123_456_789L);
            long allocated = allocatedBy(() -> {
                for (int i = 0; i < CALLS; i++) {
                    log.info("plain");
                    log.info("user {}", user);
                    log.debug("user {} order {}", user, order);
                    log.trace("{} {} {}", user, order, user);
                    log.atInfo()
                            .with("count", 1_000_000L + i)
                            .with("user", user)
                            .log("fluent {}", user);
                }
            });
            assertThat(allocated)
                    .as("bytes allocated by %d rate-limited calls", CALLS * 5L)
                    .isLessThan(4096);
            assertThat(logs.records()).hasSize(1);
        }
    }

    @Test
    void limitsOnADisabledLevel_allocateNothing() {
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.WARN))) {
            Logger log = logs.logger("quiet");
            long allocated = allocatedBy(() -> {
                for (int i = 0; i < CALLS; i++) {
                    log.atInfo()
                            .every(10)
                            .atMostEvery(MINUTE)
                            .atMostEvery(1, TimeUnit.SECONDS)
                            .per(TENANT)
                            .with("count", 1_000_000L + i)
                            .log("off {}", TENANT);
                }
            });
            assertThat(allocated)
                    .as("bytes allocated by %d disabled calls", CALLS)
                    .isLessThan(4096);
        }
    }
}
