package dev.cairn.spring.boot.formats;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.Level;
import dev.cairn.LogSystem;
import dev.cairn.context.LogContext;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same record written by Spring Boot's structured logging ({@code StructuredLogEncoder} with the {@code ecs} and
 * {@code logstash} formats, on Logback) and by Cairn ({@code cairn.json.schema}), compared field by field: every field
 * Spring Boot writes, Cairn writes under the same name (nested and dotted names compared as paths) with the same value.
 *
 * <p>Tagged {@code logback}: it runs in a surefire execution of its own, since the other tests must not have Logback
 * on the class path.
 */
@Tag("logback")
class BootStructuredFormatComparisonTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123Z");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ecs", "logstash"})
    void sameRecord_sameFieldsAsSpringBoot(String format) {
        IllegalStateException failure = new IllegalStateException("card declined");
        Map<String, JsonNode> boot = flatten(JsonLines.parse(BootEncoder.record(format, AT, failure)));
        Map<String, JsonNode> cairn = flatten(JsonLines.parse(cairnRecord(format, failure)));

        assertThat(boot).as("Spring Boot's record").containsKey("message");
        for (Map.Entry<String, JsonNode> field : boot.entrySet()) {
            String name = field.getKey();
            assertThat(cairn).as("Cairn's %s record has %s", format, name).containsKey(name);
            JsonNode expected = field.getValue();
            JsonNode actual = cairn.get(name);
            if (name.equals("@timestamp")) {
                assertThat(Instant.parse(actual.asText())).as(name).isEqualTo(Instant.parse(expected.asText()));
            } else if (name.endsWith("stack_trace")) {
                assertThat(firstLine(actual.asText())).as(name).isEqualTo(firstLine(expected.asText()));
                assertThat(actual.asText())
                        .as(name)
                        .contains("\tat " + getClass().getName());
            } else {
                assertThat(actual).as(name).isEqualTo(expected);
            }
        }
    }

    private String cairnRecord(String format, Throwable failure) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (LogSystem logs = LogSystem.builder()
                .environment(Map.of())
                .systemProperties(new Properties())
                .workingDirectory(dir)
                .classLoader(null)
                .shutdownHook(false)
                .clock(Clock.fixed(AT, ZoneOffset.UTC))
                .diagnostics(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .configure(c -> c.consoleOutput(console)
                        .level(Level.TRACE)
                        .service("shop")
                        .set("cairn.format", "json")
                        .set("cairn.json.schema", format)
                        .set("cairn.service.version", "1.4.2")
                        .set("cairn.environment", "prod"))
                .build()) {
            try (var scope = LogContext.with("request_id", "r-1").open()) {
                logs.logger("shop.checkout").error("payment failed", kv("order_id", 42), failure);
            }
            logs.flush();
        }
        return console.toString(StandardCharsets.UTF_8).trim();
    }

    /** Every leaf under its dotted path: {@code {"log":{"level":"INFO"}}} and {@code {"log.level":"INFO"}} alike. */
    private static Map<String, JsonNode> flatten(JsonNode record) {
        Map<String, JsonNode> out = new TreeMap<>();
        flatten("", record, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.put(prefix, node);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
