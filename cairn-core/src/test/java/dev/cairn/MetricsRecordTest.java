package dev.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cairn.metrics.interval}: one {@code metrics} record per interval of the ticker, with the counts since. */
class MetricsRecordTest {

    @Test
    void oneRecordPerInterval_carriesTheCountsSinceThePrevious() {
        try (TestLogs logs = TestLogs.json(c -> c.service("payment-service").set("cairn.metrics.interval", "1m"))) {
            Logger log = logs.logger("payments");
            log.info("charged");
            log.info("charged");
            log.error("declined", new IllegalStateException("card"));
            logs.system.flush();
            assertThat(logs.withMessage("metrics"))
                    .as("no record before the interval ends")
                    .isEmpty();

            logs.ticker.advance(Duration.ofMinutes(1));
            logs.system.flush();
            List<JsonNode> metrics = logs.withMessage("metrics");
            assertThat(metrics).hasSize(1);
            JsonNode first = metrics.get(0);
            assertThat(first.get("logger").asText()).isEqualTo("cairn.metrics");
            assertThat(first.get("level").asText()).isEqualTo("INFO");
            assertThat(first.get("kind").asText()).isEqualTo("metrics");
            assertThat(first.get("interval_ms").asLong()).isEqualTo(60_000);
            assertThat(first.get("records").get("payment-service.info").asLong())
                    .isEqualTo(2);
            assertThat(first.get("records").get("payment-service.error").asLong())
                    .isEqualTo(1);
            assertThat(first.get("records").has("payment-service.debug")).isFalse();
            assertThat(first.get("records_by_level").get("INFO").asLong()).isEqualTo(2);
            assertThat(first.get("loggers").get("payments").asLong()).isEqualTo(3);
            assertThat(first.get("errors")
                            .get("java.lang.IllegalStateException")
                            .asLong())
                    .isEqualTo(1);
            assertThat(first.get("sink_written").get("console").asLong()).isEqualTo(3);
            assertThat(first.get("sink_bytes").get("console").asLong()).isPositive();
            assertThat(first.get("queue_depth").asLong()).isZero();

            log.warn("slow");
            logs.ticker.advance(Duration.ofSeconds(30));
            logs.system.flush();
            assertThat(logs.withMessage("metrics")).as("half an interval later").hasSize(1);

            logs.ticker.advance(Duration.ofSeconds(30));
            logs.system.flush();
            metrics = logs.withMessage("metrics");
            assertThat(metrics).hasSize(2);
            JsonNode second = metrics.get(1);
            // The first metrics record is itself a record of this interval.
            assertThat(second.get("records").get("payment-service.info").asLong())
                    .isEqualTo(1);
            assertThat(second.get("records").get("payment-service.warn").asLong())
                    .isEqualTo(1);
            assertThat(second.get("records").has("payment-service.error")).isFalse();
            assertThat(second.get("loggers").get("payments").asLong()).isEqualTo(1);
            assertThat(second.get("loggers").get("cairn.metrics").asLong()).isEqualTo(1);
        }
    }

    @Test
    void noInterval_noRecord() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("payments").info("charged");
            logs.ticker.advance(Duration.ofDays(1));
            logs.system.flush();
            assertThat(logs.withMessage("metrics")).isEmpty();
        }
    }

    @Test
    void anIntervalBelowOneSecond_isRejectedWithTheKeyAndValue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ConfigBuilder().set("cairn.metrics.interval", "10ms"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"10ms\" for cairn.metrics.interval")
                .hasMessageContaining("0 (off) or at least 1s");
    }
}
