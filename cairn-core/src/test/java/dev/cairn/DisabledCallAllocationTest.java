package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A call at a disabled level must allocate nothing. Measured with the JVM's per-thread allocation counter, which
 * counts bytes, not time, so the check is deterministic.
 */
class DisabledCallAllocationTest {

    private static final int CALLS = 200_000;

    @Test
    void disabledCalls_allocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.WARN))) {
            Logger log = logs.logger("quiet");
            String user = "alice";
            Object order = Long.valueOf(123_456_789L);
            Runnable calls = () -> {
                for (int i = 0; i < CALLS; i++) {
                    log.debug("plain");
                    log.info("user {}", user);
                    log.info("user {} order {}", user, order);
                    log.trace("{} {} {}", user, order, user);
                    log.atInfo()
                            .with("count", i)
                            .with("ratio", 0.5)
                            .with("user", user)
                            .log("fluent {}", user);
                    if (log.isDebugEnabled()) {
                        throw new AssertionError("debug is off");
                    }
                }
            };
            calls.run();
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            calls.run();
            long allocated =
                    threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            assertThat(allocated)
                    .as("bytes allocated by %d disabled calls", CALLS * 5L)
                    .isLessThan(4096);
            assertThat(logs.output()).isEmpty();
        }
    }
}
