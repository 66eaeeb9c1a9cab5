package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code cairn.limit.<logger>}: token buckets per logger prefix on the log system's ticker. */
class RateLimitConfigTest {

    private static TestLogs withProperties(String... keyValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return TestLogs.withSources(
                Map.of(),
                properties,
                Path.of("target/no-such-dir"),
                c -> c.format(Format.JSON).level(Level.TRACE));
    }

    private static List<String> messages(TestLogs logs) {
        List<String> messages = new ArrayList<>();
        for (JsonNode record : logs.records()) {
            messages.add(record.get("message").asText()
                    + (record.has("suppressed")
                            ? " (suppressed " + record.get("suppressed").asLong() + ")"
                            : ""));
        }
        return messages;
    }

    @Test
    void aRate_letsABurstThrough_thenOnePerInterval_andTheNextRecordSaysHowManyWereSkipped() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.shop", "2/s"))) {
            Logger log = logs.logger("shop");
            for (int i = 1; i <= 5; i++) {
                log.info("call {}", i);
            }
            logs.ticker.advance(Duration.ofMillis(499));
            log.info("call {}", 6);
            logs.ticker.advance(Duration.ofMillis(1));
            log.info("call {}", 7);
            log.info("call {}", 8);
            assertThat(messages(logs)).containsExactly("call 1", "call 2", "call 7 (suppressed 4)");
            assertThat(logs.system.stats().suppressed()).containsEntry("rate-limit", 5L);
        }
    }

    @Test
    void theBurst_isConfigurable() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.shop", "1/m").set("cairn.limit.shop.burst", "3"))) {
            Logger log = logs.logger("shop");
            for (int i = 1; i <= 5; i++) {
                log.atInfo().log("call {}", i);
            }
            logs.ticker.advance(Duration.ofMinutes(1));
            log.info("later");
            assertThat(messages(logs)).containsExactly("call 1", "call 2", "call 3", "later (suppressed 2)");
        }
    }

    @Test
    void loggersUnderAPrefix_shareItsBucket_andTheLongestPrefixWins() {
        try (TestLogs logs =
                TestLogs.json(c -> c.set("cairn.limit.shop", "1/h").set("cairn.limit.shop.audit", "2/h"))) {
            logs.logger("shop").info("shop 1");
            logs.logger("shop.checkout").info("checkout 1");
            logs.logger("shop.audit.trail").info("audit 1");
            logs.logger("shop.audit").info("audit 2");
            logs.logger("shop.audit").info("audit 3");
            logs.logger("shopping").info("not under shop");
            logs.logger("shopping").info("not under shop");
            assertThat(messages(logs))
                    .containsExactly("shop 1", "audit 1", "audit 2", "not under shop", "not under shop");
        }
    }

    @Test
    void warnAndAbove_passUnlessTheRateNamesThem() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.shop", "1/h")
                .set("cairn.limit.ops", "1/h")
                .set("cairn.limit.ops.max-level", "ERROR"))) {
            Logger shop = logs.logger("shop");
            Logger ops = logs.logger("ops");
            for (Logger log : List.of(shop, ops)) {
                log.info("info");
                log.info("info");
                log.warn("warn");
                log.error("error");
                log.fatal("fatal");
                log.atWarn().log("fluent warn");
            }
            assertThat(messages(logs))
                    .containsExactly("info", "warn", "error", "fatal", "fluent warn", "info", "fatal");
        }
    }

    @Test
    void aRate_andACallSiteLimit_combine() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.shop", "1/s"))) {
            Logger log = logs.logger("shop");
            for (int i = 1; i <= 4; i++) {
                log.atInfo().every(2).log("call {}", i);
            }
            logs.ticker.advance(Duration.ofSeconds(1));
            log.atInfo().every(2).log("call {}", 5);
            // 2 and 4 skipped at the call site, 3 by the rate.
            assertThat(messages(logs)).containsExactly("call 1", "call 5 (suppressed 3)");
            assertThat(logs.system.stats().suppressed())
                    .containsEntry("call-site", 2L)
                    .containsEntry("rate-limit", 1L);
        }
    }

    @Test
    void levelChecks_andSetLevel_areUnchanged_andSetLevelKeepsTheBucket() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.shop", "1/h"))) {
            Logger log = logs.logger("shop");
            log.info("first");
            assertThat(log.isInfoEnabled()).isTrue();
            logs.system.setLevel("shop", Level.DEBUG);
            log.info("second");
            assertThat(messages(logs)).containsExactly("first");
        }
    }

    @Test
    void reconfiguring_replacesTheRates() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.limit.shop", "1/h"))) {
            Logger log = logs.logger("shop");
            log.info("one");
            log.info("two");
            logs.system.reconfigure(c -> c.consoleOutput(logs.console).format(Format.JSON));
            log.info("three");
            log.info("four");
            assertThat(messages(logs)).containsExactly("one", "three", "four");
        }
    }

    @Test
    void badValues_areReportedInOneLineNamingTheKeyAndWhatIsAllowed() {
        try (TestLogs logs = withProperties(
                "cairn.limit.shop", "fast",
                "cairn.limit.ops", "0/s",
                "cairn.limit.ops.burst", "0",
                "cairn.limit.ops.max-level", "LOUD",
                "cairn.limit.web", "5/s",
                "cairn.limit.web.burst", "many",
                "cairn.limit.lonely.burst", "5")) {
            List<String> lines = logs.diagnosticLines();
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("cairn: invalid value \"fast\" for cairn.limit.shop from system property")
                            .contains("expected a rate such as 100/s, 600/m or 5000/h (1 to 1000000000 records per"
                                    + " second, minute or hour); using no limit"))
                    .anySatisfy(line -> assertThat(line).contains("invalid value \"0/s\" for cairn.limit.ops"))
                    .anySatisfy(line -> assertThat(line)
                            .contains("invalid value \"many\" for cairn.limit.web.burst")
                            .contains("expected a whole number from 1 to 1000000000; using the rate's count"))
                    .anySatisfy(line -> assertThat(line)
                            .contains("key cairn.limit.lonely.burst in system property cairn.limit.lonely.burst has"
                                    + " no effect here"));
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .contains("invalid value \"LOUD\" for cairn.limit.ops.max-level: expected one of TRACE"))
                    .anySatisfy(line -> assertThat(line).contains("invalid value \"0\" for cairn.limit.ops.burst"));
            Logger web = logs.logger("web");
            for (int i = 0; i < 7; i++) {
                web.info("web");
            }
            assertThat(logs.withMessage("web")).hasSize(5);
        }
    }

    @Test
    void badKeysAndValues_inCode_throwNamingTheKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigBuilder().set("cairn.limit.shop", "100 per second"))
                .withMessageContaining(
                        "invalid value \"100 per second\" for cairn.limit.shop: expected a rate such as");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigBuilder().set("cairn.limit.shop.max-level", "LOUD"))
                .withMessageContaining("cairn.limit.shop.max-level: expected one of TRACE, DEBUG, INFO, WARN, ERROR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigBuilder().set("cairn.limit.", "1/s"))
                .withMessageContaining("invalid key cairn.limit.: expected cairn.limit.<logger name>");
    }
}
