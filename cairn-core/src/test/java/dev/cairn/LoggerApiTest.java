package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LoggerApiTest {

    @Test
    void placeholders_areFilledInOrderAndExtraOnesStay() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("{} paid {} for {}", "alice", 42);
            assertThat(logs.single().get("message").asText()).isEqualTo("alice paid 42 for {}");
        }
    }

    @Test
    void escapedPlaceholder_isWrittenLiterally() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("set \\{} to {}", 7);
            assertThat(logs.single().get("message").asText()).isEqualTo("set {} to 7");
        }
    }

    @Test
    void messageText_isNeverInterpreted() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("${jndi:ldap://evil/x} ${java:version} %s {0}", "${env:HOME}");
            assertThat(logs.single().get("message").asText()).isEqualTo("${jndi:ldap://evil/x} ${java:version} %s {0}");
        }
    }

    @Test
    void keyValues_becomeFieldsAndDoNotFillPlaceholders() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("shop").info("Processing order {}", kv("amount", 99.99), 1001, kv("currency", "EUR"));
            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).isEqualTo("Processing order 1001");
            assertThat(record.get("amount").asDouble()).isEqualTo(99.99);
            assertThat(record.get("currency").asText()).isEqualTo("EUR");
        }
    }

    @Test
    void trailingThrowable_isTheExceptionEvenBeforeKeyValues() {
        try (TestLogs logs = TestLogs.json()) {
            IllegalStateException boom = new IllegalStateException("boom");
            logs.logger("a").error("failed {}", "step", boom, kv("order", 7));
            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).isEqualTo("failed step");
            assertThat(record.get("error").get("type").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(record.get("error").get("message").asText()).isEqualTo("boom");
            assertThat(record.get("order").asInt()).isEqualTo(7);
        }
    }

    @Test
    void suppliers_areCalledOnlyWhenEnabled() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> expensive = () -> "computed-" + calls.incrementAndGet();
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.INFO))) {
            Logger log = logs.logger("a");
            log.debug("value {}", expensive);
            log.atDebug().with("v", expensive).log("x");
            assertThat(calls).hasValue(0);
            log.info("value {}", expensive, kv("lazy", expensive));
            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).isEqualTo("value computed-1");
            assertThat(record.get("lazy").asText()).isEqualTo("computed-2");
        }
    }

    @Test
    void fluentForm_carriesFieldsCauseAndArguments() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a")
                    .atWarn()
                    .with("order_id", 7L)
                    .with("ratio", 0.5)
                    .with("ok", true)
                    .cause(new RuntimeException("late"))
                    .log("order {} retried", 7);
            JsonNode record = logs.single();
            assertThat(record.get("level").asText()).isEqualTo("WARN");
            assertThat(record.get("message").asText()).isEqualTo("order 7 retried");
            assertThat(record.get("order_id").asLong()).isEqualTo(7L);
            assertThat(record.get("ratio").asDouble()).isEqualTo(0.5);
            assertThat(record.get("ok").asBoolean()).isTrue();
            assertThat(record.get("error").get("message").asText()).isEqualTo("late");
        }
    }

    @Test
    void disabledLevel_returnsTheSharedNoOpEventAndWritesNothing() {
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.WARN))) {
            Logger log = logs.logger("a");
            assertThat(log.atInfo()).isSameAs(log.atDebug());
            log.atInfo().with("k", 1L).log("nothing");
            log.info("nothing {}", 1);
            assertThat(logs.output()).isEmpty();
            assertThat(log.isInfoEnabled()).isFalse();
            assertThat(log.isWarnEnabled()).isTrue();
        }
    }

    @Test
    void everyLevelMethod_writesItsLevel() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("a");
            log.trace("t");
            log.debug("d");
            log.info("i");
            log.warn("w");
            log.error("e");
            log.fatal("f");
            log.log(Level.INFO, "via log({})", "level");
            assertThat(logs.records())
                    .extracting(r -> r.get("level").asText())
                    .containsExactly("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "INFO");
        }
    }

    @Test
    void levelAliases_areAcceptedWhereverTextIsParsed() {
        assertThat(Level.parse("warning")).isEqualTo(Level.WARN);
        assertThat(Level.parse(" Critical ")).isEqualTo(Level.FATAL);
        assertThat(Level.parse("debug")).isEqualTo(Level.DEBUG);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Level.parse("LOUD"))
                .withMessageContaining("LOUD")
                .withMessageContaining("WARNING");
    }

    @Test
    void loggers_areCachedPerName() {
        try (TestLogs logs = TestLogs.json()) {
            assertThat(logs.system.logger("shop.cart")).isSameAs(logs.system.logger("shop.cart"));
            assertThat(logs.system.logger(LoggerApiTest.class).name()).isEqualTo("dev.cairn.LoggerApiTest");
        }
    }

    @Test
    void failingToString_neverThrowsIntoTheCaller() {
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("value {}", hostile, kv("field", hostile));
            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).contains("threw java.lang.IllegalStateException");
            assertThat(record.get("field").asText()).contains("java.lang.IllegalStateException");
        }
    }

    @Test
    void failingSink_isReportedAndTheOtherSinksStillWrite() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        dev.cairn.spi.Sink broken = new dev.cairn.spi.Sink() {
            @Override
            public void write(dev.cairn.spi.LogRecord record) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        dev.cairn.spi.Sink collecting = new dev.cairn.spi.Sink() {
            @Override
            public void write(dev.cairn.spi.LogRecord record) {
                seen.add(record.message());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try (TestLogs logs = TestLogs.json(c -> c.sink(broken).sink(collecting))) {
            logs.logger("a").info("first");
            logs.logger("a").info("second");
            logs.system.flush();
            assertThat(seen).containsExactly("first", "second");
            assertThat(logs.records()).hasSize(2);
            assertThat(logs.diagnosticLines())
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("cairn: sink ")
                            .contains("disk full")
                            .contains("records lost"));
        }
    }

    @Test
    void toStringThatLogs_whileBeingWritten_producesTwoIntactRecords() {
        try (TestLogs logs = TestLogs.json()) {
            Logger log = logs.logger("a");
            Object chatty = new Object() {
                @Override
                public String toString() {
                    log.info("inner record");
                    return "chatty";
                }
            };
            log.info("outer", kv("value", chatty));
            assertThat(logs.records())
                    .extracting(r -> r.get("message").asText())
                    .containsExactly("inner record", "outer");
            assertThat(logs.records().get(1).get("value").asText()).isEqualTo("chatty");
        }
    }
}
