package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
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
            logs.flush();

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
            logs.flush();

            assertThat(console.toString(StandardCharsets.UTF_8)).contains("\"both\"");
        }
    }

    @Test
    void attachedSink_seesRecordsOnTheLoggingThreadBeforeTheyAreQueued() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        Sink tap = new Sink() {
            @Override
            public void write(LogRecord record) {
                threads.add(Thread.currentThread().getName() + ":" + record.message());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try (LogSystem logs = system()) {
            logs.attach(tap);
            Thread worker = new Thread(() -> logs.logger("shop").info("from worker"), "worker-1");
            worker.start();
            worker.join();
            logs.logger("shop").info("from test");
            assertThat(threads)
                    .containsExactly(
                            "worker-1:from worker", Thread.currentThread().getName() + ":from test");
        }
    }

    private LogSystem system() {
        return LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .classLoader(null)
                .shutdownHook(false)
                .diagnostics(new PrintStream(OutputStream.nullOutputStream()))
                .configure(c -> c.consoleOutput(console).format(Format.JSON))
                .build();
    }

    private static final class MessageSink implements Sink {
        final List<String> messages = new CopyOnWriteArrayList<>();
        volatile boolean closed;

        @Override
        public void write(LogRecord record) {
            messages.add(record.message());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            closed = true;
        }
    }
}
