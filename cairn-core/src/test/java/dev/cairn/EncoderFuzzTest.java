package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.flow.TraceContext;
import dev.cairn.testing.HostileInputs;
import dev.cairn.testing.JsonLines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests (jqwik) over strings built from the shared hostile corpus ({@link HostileInputs}) and arbitrary
 * characters: the JSON layout writes one valid line (parsed by Jackson) for any message, key and value, also with the
 * secret detectors rewriting it; the text layout
 * writes one line with no raw control, escape, line-separator or bidirectional control character, for a string value
 * and for values written as JSON (an object's {@code toString()}, a map of lists); any configuration value or key gives a
 * working log system and diagnostics naming the key; {@code traceparent} parsing never throws and accepts only the W3C
 * form. The corpus itself is replayed by the {@code @Example}s on every run.
 */
class EncoderFuzzTest {

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(HostileInputs.corpus()),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00a0').ofMaxLength(8));
        return piece.list().ofMaxSize(5).map(parts -> String.join("", parts));
    }

    @Property(tries = 150)
    void jsonLayout_writesOneValidLineForAnyInput(
            @ForAll("hostile") String message, @ForAll("hostile") String key, @ForAll("hostile") String value) {
        assertOneValidJsonLine(message, key, value);
    }

    @Example
    void jsonLayout_corpus() {
        for (String input : HostileInputs.corpus()) {
            assertOneValidJsonLine(input, input, input);
        }
    }

    /** With every secret detector on: they rewrite the encoded line, so they must keep it valid too. */
    private static void assertOneValidJsonLine(String message, String key, String value) {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.secrets.detect", "all"))) {
            logs.logger(message).info(message, kv(key, value), kv("nested", Map.of(key, List.of(value))));

            List<String> lines = logs.lines();
            assertThat(lines).hasSize(1);
            JsonNode record = JsonLines.parse(lines.get(0));
            assertThat(record.get("level").asText()).isEqualTo("INFO");
        }
    }

    @Property(tries = 150)
    void textLayout_writesOneLineWithoutRawControlCharacters(
            @ForAll("hostile") String message, @ForAll("hostile") String key, @ForAll("hostile") String value) {
        assertOneCleanTextLine(message, key, value);
    }

    @Example
    void textLayout_corpus() {
        for (String input : HostileInputs.corpus()) {
            assertOneCleanTextLine(input, input, input);
        }
    }

    private static void assertOneCleanTextLine(String message, String key, String value) {
        try (TestLogs logs = TestLogs.text(c -> {})) {
            Object object = new Object() {
                @Override
                public String toString() {
                    return value;
                }
            };
            logs.logger("fuzz")
                    .info(message, kv(key, value), kv("object", object), kv("nested", Map.of(key, List.of(value))));

            String output = logs.output();
            assertThat(output).endsWith("\n");
            String line = output.substring(0, output.length() - 1);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean control = c < 0x20
                        || (c >= 0x7f && c <= 0x9f)
                        || c == '\u2028'
                        || c == '\u2029'
                        || (c >= '\u202a' && c <= '\u202e')
                        || (c >= '\u2066' && c <= '\u2069');
                assertThat(control)
                        .as("raw U+%04X at %d in %s", (int) c, i, line)
                        .isFalse();
            }
        }
    }

    @Property(tries = 100)
    void anyConfigurationValue_givesAWorkingSystemAndNamesTheKey(
            @ForAll("keys") String key, @ForAll("hostile") String value) {
        assertConfigurationIsSafe(key, value);
    }

    @Example
    void configuration_corpus() {
        for (String input : HostileInputs.corpus()) {
            assertConfigurationIsSafe("cairn.level", input);
            assertConfigurationIsSafe(input, "x");
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "cairn.level",
                        "cairn.format",
                        "cairn.queue.size",
                        "cairn.max-value-length",
                        "cairn.redact.add",
                        "cairn.secrets.detect",
                        "cairn.file.max-bytes",
                        "cairn.file.rotate",
                        "cairn.limit.shop",
                        "cairn.sink.x.type",
                        "cairn.json.rename.level",
                        "cairn.dedupe.window"),
                hostile().map(s -> "cairn." + s));
    }

    private static void assertConfigurationIsSafe(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        assertThatCode(() -> {
                    try (LogSystem system = TestLogs.isolated(Path.of("target/no-such-dir"), diagnostics)
                            .systemProperties(properties)
                            .configure(c -> c.set("cairn.console", "none").set("cairn.file", ""))
                            .build()) {
                        system.logger("fuzz").info("still logging");
                    }
                })
                .doesNotThrowAnyException();
        for (String line : diagnostics.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("cairn: ") && line.contains("invalid")) {
                assertThat(line).as("a diagnostic about %s", key).contains("cairn.");
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                assertThat(c < 0x20 && c != '\t')
                        .as("raw U+%04X in diagnostic %s", (int) c, line)
                        .isFalse();
            }
        }
    }

    @Property(tries = 300)
    void traceparent_neverThrowsAndAcceptsOnlyTheW3cForm(@ForAll("traceparents") String header) {
        assertTraceparent(header);
    }

    @Example
    void traceparent_corpus() {
        for (String input : HostileInputs.corpus()) {
            assertTraceparent(input);
        }
    }

    @Provide
    Arbitrary<String> traceparents() {
        Arbitrary<String> hex =
                Arbitraries.strings().withChars("0123456789abcdefABCDEF-").ofLength(55);
        Arbitrary<String> mutated = Arbitraries.integers()
                .between(0, 54)
                .flatMap(at -> Arbitraries.chars().map(c -> {
                    StringBuilder valid = new StringBuilder("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
                    valid.setCharAt(at, c);
                    return valid.toString();
                }));
        return Arbitraries.oneOf(hex, mutated, hostile());
    }

    private static void assertTraceparent(String header) {
        TraceContext parsed = TraceContext.parse(header);
        if (parsed != null) {
            assertThat(parsed.traceId()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
            assertThat(parsed.spanId()).matches("[0-9a-f]{16}").isNotEqualTo("0".repeat(16));
        }
    }
}
