package dev.cairn.test;

import dev.cairn.Cairn;
import dev.cairn.LogSystem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that captures the records of chosen loggers during each test, for assertions.
 *
 * <pre>{@code
 * @RegisterExtension
 * final LogCapture logs = LogCapture.of("shop.checkout");
 *
 * @Test
 * void declinedCard_isLoggedAsWarning() {
 *     checkout.pay(order, declinedCard);
 *     logs.assertThat().single().hasLevel(Level.WARN).hasField("order_id", 42);
 *     logs.assertThat().doesNotContain("4111 1111 1111 1111");
 * }
 * }</pre>
 *
 * <p>Isolation: each test gets an empty capture, attached before its {@code @BeforeEach} methods and detached after
 * its {@code @AfterEach} ones. By default a test captures only the records logged by its own thread and by threads
 * started from it while it runs (a server or an executor the test starts), so tests running in parallel never see each
 * other's records, whatever they log. Work handed to a shared pool (the common {@code ForkJoinPool} behind
 * {@code CompletableFuture.supplyAsync(task)}, an application-wide executor) runs on threads that belong to no test,
 * or to the test that first started them: give the code under test an executor the test creates, or use
 * {@link #fromAnyThread()}, which captures every thread's records of the chosen loggers; such a test sees every
 * parallel test's records of those loggers, so give it {@code @Isolated} or a {@code @ResourceLock} when tests run in
 * parallel.
 *
 * <p>Only records that the configuration enables are captured: set {@code cairn.level.<logger>} for the test run (a
 * test {@code cairn.properties}) to capture DEBUG records. One {@code LogCapture} may serve tests running in parallel:
 * its methods answer for the test running on the calling thread.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final LoggerSelection loggers;
    private final LogSystem system;
    private final boolean anyThread;
    private final Map<String, ActiveCapture> active = new ConcurrentHashMap<>();

    private LogCapture(LoggerSelection loggers, LogSystem system, boolean anyThread) {
        this.loggers = loggers;
        this.system = system;
        this.anyThread = anyThread;
    }

    /** Captures the records of the loggers named, and of the loggers below them, of the process-wide system. */
    public static LogCapture of(String... loggers) {
        return new LogCapture(LoggerSelection.of(Arrays.asList(loggers)), null, false);
    }

    /** Captures the records of the loggers named after {@code types}, and of the loggers below them. */
    public static LogCapture of(Class<?>... types) {
        return of(Arrays.stream(types).map(Class::getName).toArray(String[]::new));
    }

    /** Captures the records of every logger. */
    public static LogCapture allLoggers() {
        return new LogCapture(LoggerSelection.ALL, null, false);
    }

    /** The same capture on {@code system} instead of the process-wide {@link Cairn#system()}. */
    public LogCapture in(LogSystem system) {
        return new LogCapture(loggers, Objects.requireNonNull(system, "system"), anyThread);
    }

    /** The same capture of records from every thread, including threads that existed before the test. */
    public LogCapture fromAnyThread() {
        return new LogCapture(loggers, system, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String testId = context.getUniqueId();
        LogSystem target = system == null ? Cairn.system() : system;
        CaptureSink sink = new CaptureSink(testId, loggers, anyThread, target);
        TestThreads.enter(testId);
        active.put(testId, new ActiveCapture(sink, target.attach(sink)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ActiveCapture capture = active.remove(context.getUniqueId());
        if (capture != null) {
            capture.attachment.close();
        }
        TestThreads.leave();
    }

    /** The records captured so far in the current test, in the order they were logged. */
    public List<CapturedRecord> records() {
        return current().records();
    }

    /** The messages captured so far in the current test, in order. */
    public List<String> messages() {
        return records().stream().map(CapturedRecord::message).collect(Collectors.toList());
    }

    /** Forgets the records captured so far in the current test. */
    public void clear() {
        current().clear();
    }

    /** Assertions on the records captured so far in the current test. */
    public CapturedRecordsAssert assertThat() {
        return new CapturedRecordsAssert(records());
    }

    private CaptureSink current() {
        String testId = TestThreads.current();
        ActiveCapture capture = testId == null ? null : active.get(testId);
        if (capture == null) {
            throw new IllegalStateException("no test with this LogCapture runs on thread "
                    + Thread.currentThread().getName()
                    + ": register it with @RegisterExtension and use it from the test"
                    + " or from a thread the test started");
        }
        return capture.sink;
    }

    @Override
    public String toString() {
        return "LogCapture of " + loggers + (anyThread ? " from any thread" : " from the test's threads");
    }

    private static final class ActiveCapture {
        private final CaptureSink sink;
        private final LogSystem.Attachment attachment;

        ActiveCapture(CaptureSink sink, LogSystem.Attachment attachment) {
            this.sink = sink;
            this.attachment = attachment;
        }
    }
}
