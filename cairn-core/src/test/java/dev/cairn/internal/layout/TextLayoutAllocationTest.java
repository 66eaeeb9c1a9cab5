package dev.cairn.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.context.LogContext;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text layout writes a record of strings, numbers and an enum without allocating once warm: no line, token or
 * field value is built as a {@code String} on the way to the bytes. Measured with the JVM's per-thread allocation
 * counter, as {@code SkippedCallAllocationTest} does.
 */
class TextLayoutAllocationTest {

    private static final int RECORDS = 200_000;

    private static long allocatedBy(Runnable calls) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        calls.run();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        calls.run();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    @Test
    void formattingARecordOfStringsNumbersAndAnEnum_allocatesNothing() {
        ContextSnapshot context;
        try (var scope = LogContext.with("request_id", "r-7f3a").open()) {
            context = LogContext.current();
        }
        LogRecord record = new Order(context);
        Layout layout = new Layouts(Map.of(), null, "shop", null, 4242, false, Redactor.DEFAULT_WORDS, 4096, 1 << 20)
                .text(true);
        Utf8Output out = new Utf8Output();
        long allocated = allocatedBy(() -> {
            for (int i = 0; i < RECORDS; i++) {
                out.reset();
                layout.format(record, out);
            }
        });
        assertThat(out.toString())
                .endsWith(" shop.checkout - Order placed request_id=r-7f3a order_id=1001 amount=99.5 note=\"two words\""
                        + " day=MONDAY\n");
        assertThat(allocated)
                .as("bytes allocated formatting %d records", RECORDS)
                .isLessThan(4096);
    }

    private record Order(ContextSnapshot context) implements LogRecord {

        private static final List<String> KEYS = List.of("order_id", "amount", "note", "day");
        private static final List<Object> VALUES = List.of(1001L, 99.5, "two words", DayOfWeek.MONDAY);

        @Override
        public RecordKind kind() {
            return RecordKind.LOG;
        }

        @Override
        public long epochSecond() {
            return 1_764_000_000L;
        }

        @Override
        public int nanoOfSecond() {
            return 123_000_000;
        }

        @Override
        public Level level() {
            return Level.INFO;
        }

        @Override
        public String loggerName() {
            return "shop.checkout";
        }

        @Override
        public String message() {
            return "Order placed";
        }

        @Override
        public String threadName() {
            return "main";
        }

        @Override
        public int fieldCount() {
            return KEYS.size();
        }

        @Override
        public String fieldKey(int index) {
            return KEYS.get(index);
        }

        @Override
        public Object fieldValue(int index) {
            return VALUES.get(index);
        }

        @Override
        public Throwable throwable() {
            return null;
        }

        @Override
        public StackTraceElement location() {
            return null;
        }
    }
}
