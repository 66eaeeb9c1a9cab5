package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.flow.Flows;
import dev.cairn.spi.LogRecord;
import dev.cairn.spi.RecordKind;
import dev.cairn.spi.Sink;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sinks added in code and attached: names, filters and counters. */
class CodeSinksTest {

    @TempDir
    Path dir;

    private LogSystem.Builder builder() {
        return TestLogs.isolated(dir, OutputStream.nullOutputStream());
    }

    @Test
    void sinkAddedInCode_hasItsNameFilterAndCounters() {
        MessageSink audit = new MessageSink();
        try (LogSystem system = builder()
                .configure(c -> c.set("cairn.console", "none")
                        .sink(
                                "audit",
                                audit,
                                SinkFilter.all().levels(Level.WARN, Level.FATAL).loggers("shop", "!shop.cache")))
                .build()) {
            system.logger("shop").info("too low");
            system.logger("shop").warn("for audit");
            system.logger("shop.cart").error("for audit too");
            system.logger("shop.cache").warn("excluded logger");
            system.logger("billing").warn("other logger");
            system.flush();

            assertThat(audit.messages).containsExactly("for audit", "for audit too");
            assertThat(system.stats().sink("audit")).isEqualTo(new LogStats.SinkStats("audit", 2, 0, 0));
        }
    }

    @Test
    void sinkKeptAcrossAReconfiguration_takesTheNewFilterAndKeepsItsCounters() {
        MessageSink audit = new MessageSink();
        try (LogSystem system = builder()
                .configure(c -> c.set("cairn.console", "none")
                        .sink("audit", audit, SinkFilter.all().levels(Level.WARN, Level.FATAL)))
                .build()) {
            system.logger("shop").warn("first");
            system.reconfigure(c -> c.set("cairn.console", "none").sink("audit", audit, SinkFilter.all()));
            system.logger("shop").info("second");
            system.flush();

            assertThat(audit.messages).containsExactly("first", "second");
            assertThat(system.stats().sink("audit").written()).isEqualTo(2);
        }
    }

    @Test
    void sinkNamesAddedInCode_areUnique() {
        assertThatThrownBy(() -> builder()
                        .configure(c -> c.sink("twice", new MessageSink(), SinkFilter.all())
                                .sink("twice", new MessageSink(), SinkFilter.all())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a sink named twice was already added");
    }

    @Test
    void sinkFilter_rejectsAnUpsideDownLevelRange() {
        assertThatThrownBy(() -> SinkFilter.all().levels(Level.ERROR, Level.DEBUG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid level range ERROR-DEBUG: the first must not be above the second");
    }

    @Test
    void attachedSink_hasItsNameFilterAndCountersInStats() {
        MessageSink tap = new MessageSink();
        try (LogSystem system =
                builder().configure(c -> c.set("cairn.console", "none")).build()) {
            LogSystem.Attachment attachment =
                    system.attach("flows-tap", tap, SinkFilter.all().kinds(RecordKind.FLOW));
            system.logger("shop").info("an ordinary record");
            Flows.of(system).start("checkout").close();
            system.flush();

            assertThat(tap.messages).isNotEmpty().doesNotContain("an ordinary record");
            assertThat(system.stats().sink("flows-tap").written()).isEqualTo(tap.messages.size());
            attachment.close();
            assertThat(system.stats().sinks())
                    .extracting(LogStats.SinkStats::name)
                    .doesNotContain("flows-tap");
        }
    }

    private static final class MessageSink implements Sink {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void write(LogRecord record) {
            messages.add(record.message());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
