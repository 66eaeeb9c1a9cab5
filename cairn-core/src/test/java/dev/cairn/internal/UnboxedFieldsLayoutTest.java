package dev.cairn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.Level;
import dev.cairn.context.ContextSnapshot;
import dev.cairn.internal.layout.JsonSchema;
import dev.cairn.internal.layout.Layout;
import dev.cairn.internal.layout.Layouts;
import dev.cairn.internal.layout.Redactor;
import dev.cairn.internal.layout.Utf8Output;
import dev.cairn.spi.RecordKind;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout writes the numbers a queued record keeps unboxed as it writes the same numbers boxed, and, once warm,
 * without allocating: the layouts read them through {@code UnboxedFields}, not the boxing {@code fieldValue}.
 */
class UnboxedFieldsLayoutTest {

    private static final int RECORDS = 100_000;

    static List<String> layouts() {
        List<String> names = new ArrayList<>();
        for (JsonSchema schema : JsonSchema.values()) {
            names.add(schema.name());
        }
        names.add("text");
        return names;
    }

    private static Layout layout(String name) {
        Layouts layouts = new Layouts(Map.of(), null, "shop", null, 4242, false, Redactor.DEFAULT_WORDS, 4096, 1 << 20);
        return name.equals("text")
                ? layouts.text(false)
                : layouts.withSchema(JsonSchema.valueOf(name)).json();
    }

    private static SlotRecord record(boolean boxed) {
        SlotRecord record = new SlotRecord();
        record.fill(
                RecordKind.LOG,
                1_764_000_000L,
                123_000_000,
                Level.INFO,
                "shop.checkout",
                "Order placed",
                null,
                null,
                "main",
                ContextSnapshot.empty(),
                null,
                null);
        long[] longs = {1001L, -7L, Long.MIN_VALUE};
        double[] doubles = {99.5, Double.NaN, Double.NEGATIVE_INFINITY, 1e-300};
        String[] longKeys = {"order_id", "api_token", "delta"};
        String[] doubleKeys = {"amount", "ratio", "floor", "tiny"};
        for (int i = 0; i < longs.length; i++) {
            if (boxed) {
                record.add(longKeys[i], (Object) longs[i]);
            } else {
                record.add(longKeys[i], longs[i]);
            }
        }
        for (int i = 0; i < doubles.length; i++) {
            if (boxed) {
                record.add(doubleKeys[i], (Object) doubles[i]);
            } else {
                record.add(doubleKeys[i], doubles[i]);
            }
        }
        record.filled();
        return record;
    }

    private static String written(Layout layout, SlotRecord record) {
        Utf8Output out = new Utf8Output();
        layout.format(record, out);
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void numbersKeptUnboxedAreWrittenAsTheSameNumbersBoxed(String name) {
        Layout layout = layout(name);

        String unboxed = written(layout, record(false));

        assertThat(unboxed).isEqualTo(written(layout(name), record(true)));
        assertThat(unboxed).contains("1001", "-9223372036854775808", "99.5", "NaN", "1.0E-300");
        assertThat(unboxed).contains("[REDACTED]");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void numbersKeptUnboxedAreWrittenWithoutAllocating(String name) {
        Layout layout = layout(name);
        SlotRecord record = record(false);
        Utf8Output out = new Utf8Output();
        Runnable formatting = () -> {
            for (int i = 0; i < RECORDS; i++) {
                out.reset();
                layout.format(record, out);
            }
        };
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        formatting.run();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        formatting.run();
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(allocated)
                .as("bytes allocated formatting %d records", RECORDS)
                .isLessThan(4096);
    }
}
