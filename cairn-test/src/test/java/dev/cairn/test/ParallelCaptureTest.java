package dev.cairn.test;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cairn.Cairn;
import dev.cairn.Level;
import java.io.OutputStream;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs {@link ConcurrentTests} under JUnit's parallel execution and checks that every test saw only its own records. */
class ParallelCaptureTest {

    private static final int TESTS = 4;

    @Test
    void testsRunningAtTheSameTime_captureOnlyTheirOwnRecords() {
        Cairn.configure(c -> c.consoleOutput(OutputStream.nullOutputStream()).level("parallel", Level.INFO));

        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter(
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(TESTS))
                .selectors(selectClass(ConcurrentTests.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(TESTS).succeeded(TESTS).failed(0));
    }

    /** Each repetition logs to the same logger while the others do, then checks it captured exactly its own records. */
    static class ConcurrentTests {

        /** Every repetition waits here until all are running, so they overlap by construction. */
        private static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(TESTS);

        @RegisterExtension
        final LogCapture logs = LogCapture.of("parallel");

        @RepeatedTest(TESTS)
        void logsWhileTheOthersLog() throws Exception {
            String me = Thread.currentThread().getName();
            Cairn.logger("parallel.shop").info("before {}", me);
            ALL_RUNNING.await(30, TimeUnit.SECONDS);
            Thread helper = new Thread(() -> Cairn.logger("parallel.shop").info("helper of {}", me));
            helper.start();
            helper.join();
            ALL_RUNNING.await(30, TimeUnit.SECONDS);
            Cairn.logger("parallel.shop").info("after {}", me);

            logs.assertThat().containsExactlyMessages("before " + me, "helper of " + me, "after " + me);
        }
    }
}
