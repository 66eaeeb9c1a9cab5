package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import dev.cairn.flow.Flow;
import dev.cairn.flow.Flows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each consumer schema ({@code cairn.json.schema}) checked against the names and types its published specification
 * gives: ECS 8.x, GELF 1.1, logstash-logback-encoder's LogstashEncoder, and the OTLP/JSON encoding of the OpenTelemetry
 * log data model.
 */
class JsonSchemaTest {

    private static final Pattern GELF_NAME = Pattern.compile("^_[\\w.\\-]+$");

    @Test
    void ecs_nestedWritesEcsNamesWithTheFlowsIds() {
        try (TestLogs logs = TestLogs.json(c -> c.service("shop")
                .host("web-1")
                .set("cairn.json.schema", "ecs")
                .set("cairn.service.version", "1.4.2")
                .set("cairn.environment", "prod"))) {
            try (Flow flow = Flows.of(logs.system).start("checkout")) {
                logs.logger("shop.checkout")
                        .error("payment failed", kv("order_id", 42), new IllegalStateException("declined"));
            }
            JsonNode record = logs.records().stream()
                    .filter(r -> r.path("message").asText().equals("payment failed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(record.path("@timestamp").asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            assertThat(record.path("log").path("level").asText()).isEqualTo("ERROR");
            assertThat(record.path("log").path("logger").asText()).isEqualTo("shop.checkout");
            assertThat(record.path("process").path("pid").isIntegralNumber()).isTrue();
            assertThat(record.path("process").path("thread").path("name").asText())
                    .isEqualTo(Thread.currentThread().getName());
            assertThat(record.path("service").path("name").asText()).isEqualTo("shop");
            assertThat(record.path("service").path("version").asText()).isEqualTo("1.4.2");
            assertThat(record.path("service").path("environment").asText()).isEqualTo("prod");
            assertThat(record.path("host").path("name").asText()).isEqualTo("web-1");
            assertThat(record.path("trace").path("id").asText()).matches("[0-9a-f]{32}");
            assertThat(record.path("span").path("id").asText()).matches("[0-9a-f]{16}");
            assertThat(record.path("transaction").path("id").asText()).startsWith("checkout-");
            assertThat(record.has("trace_id"))
                    .as("the ids are not repeated as fields")
                    .isFalse();
            assertThat(record.path("order_id").asInt()).isEqualTo(42);
            assertThat(record.path("error").path("type").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(record.path("error").path("message").asText()).isEqualTo("declined");
            assertThat(record.path("error").path("stack_trace").asText())
                    .startsWith("java.lang.IllegalStateException: declined\n\tat ");
            assertThat(record.path("ecs").path("version").asText()).startsWith("8.");

            JsonNode end = logs.withMessage("flow_end").get(0);
            assertThat(end.path("event").path("action").asText()).isEqualTo("flow_end");
            assertThat(end.path("event").path("outcome").asText()).isEqualTo("success");
            assertThat(end.path("event").path("duration").isIntegralNumber()).isTrue();
            assertThat(end.path("flow_label").asText()).isEqualTo("checkout");
        }
    }

    @Test
    void ecs_dottedStyleWritesDottedKeysAndReservesBothForms() {
        try (TestLogs logs = TestLogs.json(
                c -> c.service("shop").set("cairn.json.schema", "ecs").set("cairn.json.ecs.style", "dotted"))) {
            logs.logger("shop").info("hello", kv("service.name", "forged"), kv("log", "x"));
            JsonNode record = logs.single();
            assertThat(record.path("log.level").asText()).isEqualTo("INFO");
            assertThat(record.path("log.logger").asText()).isEqualTo("shop");
            assertThat(record.path("process.thread.name").isTextual()).isTrue();
            assertThat(record.path("service.name").asText()).isEqualTo("shop");
            assertThat(record.path("_service.name").asText()).isEqualTo("forged");
            assertThat(record.path("_log").asText()).isEqualTo("x");
            assertThat(record.path("ecs.version").asText()).startsWith("8.");
        }
    }

    @Test
    void gelf_followsGelf11() {
        try (TestLogs logs = TestLogs.json(c -> c.service("shop").host("web-1").set("cairn.json.schema", "gelf"))) {
            Map<String, Object> nested = Map.of("a", 1);
            logs.logger("shop")
                    .warn(
                            "odd input",
                            kv("id", "x-1"),
                            kv("bad key!", 1.5),
                            kv("ok", true),
                            kv("nested", nested),
                            kv("none", null),
                            kv("password", "hunter2"),
                            new IllegalArgumentException("no"));
            JsonNode record = logs.single();
            assertThat(record.path("version").asText()).isEqualTo("1.1");
            assertThat(record.path("host").asText()).isEqualTo("web-1");
            assertThat(record.path("short_message").asText()).isEqualTo("odd input");
            assertThat(record.path("full_message").asText())
                    .startsWith("odd input\n\njava.lang.IllegalArgumentException: no");
            assertThat(record.path("timestamp").isNumber()).isTrue();
            // Always three decimals, as written (a parsed double would drop a trailing zero).
            assertThat(logs.output()).containsPattern("\"timestamp\":\\d+\\.\\d{3},");
            assertThat(record.path("level").asInt()).isEqualTo(4);
            List<String> names = new ArrayList<>();
            record.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!List.of("version", "host", "short_message", "full_message", "timestamp", "level")
                        .contains(name)) {
                    assertThat(name).matches(GELF_NAME).isNotEqualTo("_id");
                    assertThat(record.get(name).isTextual() || record.get(name).isNumber())
                            .as("GELF values are strings or numbers: %s", name)
                            .isTrue();
                }
            }
            assertThat(record.path("_id_").asText()).isEqualTo("x-1");
            assertThat(record.path("_bad_key_").asDouble()).isEqualTo(1.5);
            assertThat(record.path("_ok").asText()).isEqualTo("true");
            assertThat(record.path("_nested").asText()).isEqualTo("{\"a\":1}");
            assertThat(record.has("_none")).isFalse();
            assertThat(record.path("_password").asText()).isEqualTo("[REDACTED]");
            assertThat(record.path("_log_logger").asText()).isEqualTo("shop");
            assertThat(record.path("_error_type").asText()).isEqualTo("java.lang.IllegalArgumentException");
        }
    }

    @Test
    void logstash_writesLogstashEncoderKeys() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.json.schema", "logstash"))) {
            try (var scope = LogContext.with("request_id", "r-1").open()) {
                logs.logger("shop.db").error("query failed", kv("rows", 3), new RuntimeException("boom"));
            }
            JsonNode record = logs.single();
            assertThat(record.path("@timestamp").asText()).matches(".*T.*\\.\\d{3}Z");
            assertThat(record.path("@version").asText()).isEqualTo("1");
            assertThat(record.path("message").asText()).isEqualTo("query failed");
            assertThat(record.path("logger_name").asText()).isEqualTo("shop.db");
            assertThat(record.path("thread_name").isTextual()).isTrue();
            assertThat(record.path("level").asText()).isEqualTo("ERROR");
            assertThat(record.path("level_value").asInt()).isEqualTo(40000);
            assertThat(record.path("request_id").asText()).isEqualTo("r-1");
            assertThat(record.path("rows").asInt()).isEqualTo(3);
            assertThat(record.path("stack_trace").asText()).startsWith("java.lang.RuntimeException: boom\n");
        }
    }

    @Test
    void otel_writesOneExportLogsServiceRequestPerLine() {
        try (TestLogs logs = TestLogs.json(c -> c.service("shop").host("web-1").set("cairn.json.schema", "otel"))) {
            try (Flow flow = Flows.of(logs.system).start("import")) {
                logs.logger("shop.import")
                        .info("loaded {}", 7, kv("ok", true), kv("ratio", 0.5), kv("tags", List.of(1)));
            }
            JsonNode request = logs.records().stream()
                    .filter(r -> r.toString().contains("loaded 7"))
                    .findFirst()
                    .orElseThrow();
            JsonNode resource = request.path("resourceLogs").get(0).path("resource");
            assertThat(attribute(resource.path("attributes"), "service.name")
                            .path("stringValue")
                            .asText())
                    .isEqualTo("shop");
            assertThat(attribute(resource.path("attributes"), "process.pid")
                            .path("intValue")
                            .isTextual())
                    .isTrue();
            JsonNode scopeLogs =
                    request.path("resourceLogs").get(0).path("scopeLogs").get(0);
            assertThat(scopeLogs.path("scope").path("name").asText()).isEqualTo("shop.import");
            JsonNode log = scopeLogs.path("logRecords").get(0);
            assertThat(log.path("timeUnixNano").asText()).matches("\\d{19}");
            assertThat(log.path("severityNumber").asInt()).isEqualTo(9);
            assertThat(log.path("severityText").asText()).isEqualTo("INFO");
            assertThat(log.path("body").path("stringValue").asText()).isEqualTo("loaded 7");
            assertThat(log.path("traceId").asText()).matches("[0-9a-f]{32}");
            assertThat(log.path("spanId").asText()).matches("[0-9a-f]{16}");
            JsonNode attributes = log.path("attributes");
            assertThat(attribute(attributes, "ok").path("boolValue").asBoolean())
                    .isTrue();
            assertThat(attribute(attributes, "ratio").path("doubleValue").asDouble())
                    .isEqualTo(0.5);
            assertThat(attribute(attributes, "tags").path("stringValue").asText())
                    .isEqualTo("[1]");
            assertThat(attribute(attributes, "thread.name").path("stringValue").isTextual())
                    .isTrue();
            assertThat(attribute(attributes, "flow_id").path("stringValue").asText())
                    .startsWith("import-");
        }
    }

    @Test
    void schemaPerSink_fileAndConsoleDiffer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.log");
        try (TestLogs logs = TestLogs.json(
                c -> c.file(file).set("cairn.json.schema", "logstash").set("cairn.file.json.schema", "ecs"))) {
            logs.logger("shop").info("both");
            assertThat(logs.single().path("logger_name").asText()).isEqualTo("shop");
            logs.system.flush();
            JsonNode written =
                    dev.cairn.testing.JsonLines.parse(Files.readAllLines(file).get(0));
            assertThat(written.path("log").path("logger").asText()).isEqualTo("shop");
        }
    }

    @Test
    void invalidSchema_isRejectedNamingKeyValueAndChoices() {
        assertThatThrownBy(() -> LogSystem.builder().configure(c -> c.set("cairn.json.schema", "splunk")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cairn.json.schema")
                .hasMessageContaining("splunk")
                .hasMessageContaining("cairn, ecs, gelf, logstash or otel");
    }

    @Test
    void invalidSinkSchema_fromAFileIsReportedAndTheDefaultUsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.log");
        Files.writeString(
                dir.resolve("cairn.properties"),
                "cairn.format=json\ncairn.file=" + file.toString().replace("\\", "/")
                        + "\ncairn.file.json.schema=splunk\n");
        try (TestLogs logs = TestLogs.withSources(Map.of(), new java.util.Properties(), dir, c -> {})) {
            logs.logger("shop").info("still written");
            logs.system.flush();
            JsonNode written =
                    dev.cairn.testing.JsonLines.parse(Files.readAllLines(file).get(0));
            assertThat(written.path("message").asText()).isEqualTo("still written");
            assertThat(logs.diagnostics.toString())
                    .contains("cairn.file.json.schema")
                    .contains("splunk");
        }
    }

    @Test
    void recordTooLong_isCutInTheSchema() {
        try (TestLogs logs =
                TestLogs.json(c -> c.set("cairn.json.schema", "ecs").set("cairn.max-record-length", "2048"))) {
            logs.logger("shop").info("huge", kv("blob", "x".repeat(10_000)));
            JsonNode record = logs.single();
            assertThat(record.path("log").path("level").asText()).isEqualTo("INFO");
            assertThat(record.path("cairn.truncated").asText()).contains("cairn.max-record-length");
            assertThat(record.has("blob")).isFalse();
        }
    }

    private static JsonNode attribute(JsonNode attributes, String key) {
        for (JsonNode attribute : attributes) {
            if (attribute.path("key").asText().equals(key)) {
                return attribute.path("value");
            }
        }
        throw new AssertionError("no attribute " + key + " in " + attributes);
    }
}
