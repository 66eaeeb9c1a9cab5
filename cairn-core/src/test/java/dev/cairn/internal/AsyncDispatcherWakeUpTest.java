package dev.cairn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hand-off between callers and a writer thread that sleeps: callers wake it only when it sleeps, and a record
 * queued then is written at once, not when the writer's sleep runs out. The writer here sleeps a day unwoken, so a
 * missed wake-up cannot pass unnoticed.
 */
@Timeout(60)
class AsyncDispatcherWakeUpTest {

    private static final long A_DAY = TimeUnit.DAYS.toNanos(1);

    @Test
    void aRecordQueuedWhileTheWriterSleeps_wakesItAndIsWritten() throws InterruptedException {
        Recording sinks = new Recording();
        AsyncDispatcher dispatcher =
                new AsyncDispatcher(16, QueueFullPolicy.BLOCK, null, false, sinks, Clock.systemUTC(), A_DAY);
        try {
            dispatcher.dispatch(record("first"));
            assertThat(sinks.written.poll(30, TimeUnit.SECONDS)).isEqualTo("first");
            awaitAsleep(sinks.writer, dispatcher);

            dispatcher.dispatch(record("second"));

            assertThat(sinks.written.poll(30, TimeUnit.SECONDS)).isEqualTo("second");
        } finally {
            dispatcher.stop(TimeUnit.SECONDS.toNanos(5));
        }
    }

    @Test
    void recordsQueuedWhileTheWriterSleeps_areAllWrittenInOrder() throws InterruptedException {
        Recording sinks = new Recording();
        AsyncDispatcher dispatcher =
                new AsyncDispatcher(16, QueueFullPolicy.BLOCK, null, false, sinks, Clock.systemUTC(), A_DAY);
        try {
            dispatcher.dispatch(record("first"));
            assertThat(sinks.written.poll(30, TimeUnit.SECONDS)).isEqualTo("first");
            for (int round = 0; round < 3; round++) {
                awaitAsleep(sinks.writer, dispatcher);
                // More than the queue holds: the caller waits for room while the writer is woken.
                for (int i = 0; i < 40; i++) {
                    dispatcher.dispatch(record(round + "-" + i));
                }
                for (int i = 0; i < 40; i++) {
                    assertThat(sinks.written.poll(30, TimeUnit.SECONDS)).isEqualTo(round + "-" + i);
                }
            }
        } finally {
            dispatcher.stop(TimeUnit.SECONDS.toNanos(5));
        }
    }

    /** Returns once {@code writer} sleeps in {@code dispatcher}'s idle wait: it found the queue empty. */
    private static void awaitAsleep(Thread writer, AsyncDispatcher dispatcher) {
        while (LockSupport.getBlocker(writer) != dispatcher) {
            Thread.yield();
        }
    }

    private static LogRecord record(String message) {
        return new CapturedRecord(
                RecordKind.LOG,
                0,
                0,
                Level.INFO,
                "wake.up",
                message,
                null,
                0,
                "caller",
                ContextSnapshot.empty(),
                null,
                null,
                null);
    }

    /** The sinks of the test: the messages the writer thread wrote, in order, and that thread. */
    private static final class Recording implements RecordWriter {
        final BlockingQueue<String> written = new LinkedBlockingQueue<>();
        volatile Thread writer;

        @Override
        public void writeNow(LogRecord record) {
            written.add(record.message());
        }

        @Override
        public Batches batches() {
            return new Batches() {
                @Override
                public void write(LogRecord record, boolean flush) {
                    writer = Thread.currentThread();
                    written.add(record.message());
                }

                @Override
                public void flush() {}
            };
        }

        @Override
        public void writerRecovered(Throwable cause) {}
    }
}
