package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LogSystemAttachTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void attachedSink_receivesRecordsAcrossReconfigurationUntilClosed() {
        MessageSink sink = new MessageSink();
        try (LogSystem logs = system()) {
            LogSystem.Attachment attachment = logs.attach(sink);
            logs.logger("shop").info("before");
            logs.reconfigure(c -> c.consoleOutput(console).format(Format.JSON).level(Level.DEBUG));
            logs.logger("shop").debug("after");
            attachment.close();
            logs.logger("shop").info("detached");

            assertThat(sink.messages).containsExactly("before", "after");
            assertThat(sink.closed).isTrue();
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("\"detached\"");
        }
    }

    @Test
    void attachedSink_leavesTheConfiguredSinksInPlace() {
        try (LogSystem logs = system()) {
            logs.attach(new MessageSink());
            logs.logger("shop").info("both");

            assertThat(console.toString(StandardCharsets.UTF_8)).contains("\"both\"");
        }
    }

    @Test
    void attachingWhileASinkIsWriting_neverRunsThatSinkOnTwoThreadsAtOnce() throws Exception {
        GatedSink gated = new GatedSink();
        try (LogSystem logs = LogSystem.builder().environment(Map.of()).systemProperties(new Properties())
                .classLoader(null).diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(c -> c.set("cairn.console", "none").sink(gated)).build()) {
            Thread first = new Thread(() -> logs.logger("shop").info("first"));
            first.start();
            gated.entered.await();
            Thread attacher = new Thread(() -> logs.attach(new MessageSink()));
            attacher.start();
            // The attacher has installed the new pipeline and waits for "first" to leave the old one.
            awaitState(attacher, Thread.State.TIMED_WAITING);
            Thread second = new Thread(() -> logs.logger("shop").info("second"));
            second.start();
            awaitState(second, Thread.State.WAITING, Thread.State.TERMINATED);
            gated.release.countDown();
            first.join();
            second.join();
            attacher.join();

            assertThat(gated.overlapped).isFalse();
            assertThat(gated.messages).containsExactly("first", "second");
        }
    }

    private static void awaitState(Thread thread, Thread.State... states) {
        while (!List.of(states).contains(thread.getState())) {
            Thread.onSpinWait();
        }
    }

    private LogSystem system() {
        return LogSystem.builder().environment(Map.of()).systemProperties(new Properties()).classLoader(null)
                .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(c -> c.consoleOutput(console).format(Format.JSON)).build();
    }

    /** Holds its first write until released, and notes whether two threads were ever inside it at once. */
    private static final class GatedSink implements Sink {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> messages = new CopyOnWriteArrayList<>();
        final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;

        @Override
        public void write(LogRecord record) throws IOException {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
            try {
                messages.add(record.message());
                if (messages.size() == 1) {
                    entered.countDown();
                    release.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class MessageSink implements Sink {
        final List<String> messages = new ArrayList<>();
        boolean closed;

        @Override
        public void write(LogRecord record) {
            messages.add(record.message());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
