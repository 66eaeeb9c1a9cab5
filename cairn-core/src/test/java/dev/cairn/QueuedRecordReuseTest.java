package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.LogRecord;
import dev.cairn.spi.Sink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous records live in reusable queue slots (issue 19): every sink must still see each record's own values,
 * boxed as before, and a sink on a delivery thread, which reads a record after the writer has moved on, must get a copy
 * that the slot's reuse does not touch.
 */
class QueuedRecordReuseTest {

    private static final int RECORDS = 2_000;

    /** Describes each record as it is written: message, then each field as key=value:type. */
    private static final class Describing implements Sink {
        private final boolean mayBlock;
        private final List<String> seen = new ArrayList<>();

        Describing(boolean mayBlock) {
            this.mayBlock = mayBlock;
        }

        @Override
        public synchronized void write(LogRecord record) {
            StringBuilder line = new StringBuilder(record.message());
            for (int i = 0; i < record.fieldCount(); i++) {
                Object value = record.fieldValue(i);
                line.append(' ')
                        .append(record.fieldKey(i))
                        .append('=')
                        .append(value)
                        .append(':')
                        .append(value.getClass().getSimpleName());
            }
            seen.add(line.toString());
        }

        synchronized List<String> seen() {
            return new ArrayList<>(seen);
        }

        @Override
        public boolean mayBlock() {
            return mayBlock;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void everySinkSeesEachRecordsOwnValues_thoughTheSlotsAreReused() {
        Describing onWriter = new Describing(false);
        Describing onDeliveryThread = new Describing(true);
        List<String> expected = new ArrayList<>();
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.console", "none")
                .set("cairn.queue.size", "16")
                .sink("writer", onWriter, SinkFilter.all())
                .sink("delivery", onDeliveryThread, SinkFilter.all()))) {
            Logger log = logs.logger("orders");
            for (int i = 0; i < RECORDS; i++) {
                log.atInfo()
                        .with("order_id", i)
                        .with("amount", i + 0.5)
                        .with("user", "u" + i)
                        .log("order {} for {}", "o" + i, "c" + i);
                expected.add("order o" + i + " for c" + i + " order_id=" + i + ":Long amount=" + (i + 0.5)
                        + ":Double user=u" + i + ":String");
            }
            logs.system.flush();
            assertThat(onWriter.seen()).containsExactlyElementsOf(expected);
            assertThat(onDeliveryThread.seen()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aRecordWithManyFields_isWrittenWhole_andTheSlotsGoOnAfterIt() {
        Describing sink = new Describing(false);
        try (TestLogs logs = TestLogs.json(c ->
                c.set("cairn.console", "none").set("cairn.queue.size", "16").sink("writer", sink, SinkFilter.all()))) {
            Logger log = logs.logger("orders");
            StringBuilder wide = new StringBuilder("wide");
            for (int round = 0; round < 3; round++) {
                LogEvent event = log.atInfo();
                for (int f = 0; f < 100; f++) {
                    event.with("f" + f, (long) f);
                }
                event.log("wide");
                for (int i = 0; i < 40; i++) {
                    log.atInfo().with("n", i).log("narrow");
                }
            }
            for (int f = 0; f < 100; f++) {
                wide.append(" f").append(f).append('=').append(f).append(":Long");
            }
            logs.system.flush();
            List<String> seen = sink.seen();
            assertThat(seen).hasSize(3 * 41);
            for (int round = 0; round < 3; round++) {
                assertThat(seen.get(round * 41)).isEqualTo(wide.toString());
                for (int i = 0; i < 40; i++) {
                    assertThat(seen.get(round * 41 + 1 + i)).isEqualTo("narrow n=" + i + ":Long");
                }
            }
        }
    }
}
