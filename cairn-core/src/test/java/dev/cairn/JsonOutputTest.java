package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import dev.cairn.testing.JsonLines;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    @Test
    void defaultKeys_comeInTheDocumentedOrder() {
        try (TestLogs logs = TestLogs.json(c -> c.service("shop").host("web-1"))) {
            try (var scope = LogContext.with("request_id", "r-1").open()) {
                logs.logger("shop.checkout").error("paid", kv("amount", 5), new IllegalStateException("x"));
            }
            List<String> keys = new ArrayList<>();
            logs.single().fieldNames().forEachRemaining(keys::add);
            assertThat(keys)
                    .containsExactly(
                            "timestamp",
                            "level",
                            "logger",
                            "message",
                            "thread",
                            "process",
                            "service",
                            "host",
                            "request_id",
                            "amount",
                            "error");
        }
    }

    @Test
    void timestamp_isRfc3339UtcWithMicroseconds() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:15:30.123456789Z"), ZoneOffset.UTC);
        TestLogsWithClock logs = new TestLogsWithClock(clock);
        logs.system.logger("a").info("x");
        assertThat(JsonLines.parse(logs.output().trim()).get("timestamp").asText())
                .isEqualTo("2026-11-21T10:15:30.123456Z");
        logs.system.close();
    }

    @Test
    void timestamp_atAWholeMinuteKeepsItsSeconds() {
        TestLogsWithClock logs =
                new TestLogsWithClock(Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC));
        logs.system.logger("a").info("x");
        assertThat(JsonLines.parse(logs.output().trim()).get("timestamp").asText())
                .isEqualTo("2026-11-21T10:15:00.000000Z");
        logs.system.close();
    }

    @Test
    void loggersLevelsAndThreadsTakingTurns_eachRecordNamesItsOwn() throws InterruptedException {
        try (TestLogs logs = TestLogs.json(c -> c.level(Level.TRACE))) {
            String[] threads = {"worker-a", "worker-b", "worker-a-but-longer-than-sixty-four-bytes-of-name-".repeat(4)};
            String[] loggers = {"shop.orders", "shop.payments", new String("shop.orders")};
            Level[] levels = {Level.INFO, Level.WARN, Level.DEBUG};
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String thread = threads[i % 3];
                String logger = loggers[i / 3 % 3];
                Level level = levels[i % 2 + i / 6];
                Thread caller =
                        new Thread(() -> logs.logger(logger).atLevel(level).log("r"), thread);
                caller.start();
                caller.join();
                expected.add(level + " " + logger + " " + thread);
            }
            assertThat(logs.records())
                    .extracting(r -> r.get("level").asText() + " "
                            + r.get("logger").asText() + " " + r.get("thread").asText())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void processAndThread_identifyTheWriter() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("x");
            JsonNode record = logs.single();
            assertThat(record.get("process").asLong())
                    .isEqualTo(ProcessHandle.current().pid());
            assertThat(record.get("thread").asText())
                    .isEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void fieldCollidingWithReservedKey_isRenamedNotDroppedOrDuplicated() {
        try (TestLogs logs = TestLogs.json()) {
            try (var scope = LogContext.with("user_id", 1).open()) {
                logs.logger("a")
                        .info(
                                "real message",
                                kv("message", "fake"),
                                kv("level", "NONE"),
                                kv("user_id", 2),
                                kv("user_id", 3),
                                kv("_user_id", 4));
            }
            String line = logs.lines().get(0);
            JsonNode record = JsonLines.parse(line);
            assertThat(record.get("message").asText()).isEqualTo("real message");
            assertThat(record.get("_message").asText()).isEqualTo("fake");
            assertThat(record.get("level").asText()).isEqualTo("INFO");
            assertThat(record.get("_level").asText()).isEqualTo("NONE");
            assertThat(record.get("user_id").asInt()).isEqualTo(1);
            assertThat(record.get("_user_id").asInt()).isEqualTo(2);
            assertThat(record.get("__user_id").asInt()).isEqualTo(3);
            assertThat(record.get("___user_id").asInt()).isEqualTo(4);
            assertThat(countKeys(record)).isEqualTo(distinctKeysInRawLine(line));
        }
    }

    @Test
    void manyRepeatsOfOneKey_areAllWrittenWithoutQuadraticSearch() {
        int repeats = 6000;
        Object[] args = new Object[repeats];
        for (int i = 0; i < repeats; i++) {
            args[i] = kv(i % 2 == 0 ? "k" : "_k", i);
        }
        // A hang guard, not a measurement: before the fix the renaming took minutes at this count.
        JsonNode record = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            // The 6,000 renamed keys take 18 million characters: past the default cairn.max-record-length.
            try (TestLogs logs = TestLogs.json(c -> c.set("cairn.max-record-length", "67108864"))) {
                logs.logger("a").info("many", args);
                return logs.single();
            }
        });
        Map<String, Integer> values = new HashMap<>();
        record.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("k")) {
                values.put(name, record.get(name).asInt());
            }
        });
        assertThat(values).hasSize(repeats);
        assertThat(values.get("k")).isZero();
        assertThat(values.get("_k")).isEqualTo(1);
        assertThat(values.get("__k")).isEqualTo(2);
        assertThat(values.get("___k")).isEqualTo(3);
        assertThat(values.values()).doesNotHaveDuplicates();
    }

    @Test
    void nestFields_putsContextAndKeyValuesUnderOneKey() {
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.json.nest-fields", "extra"))) {
            try (var scope = LogContext.with("request_id", "r-1").open()) {
                logs.logger("a").info("x", kv("message", "inner"), kv("user_id", 123));
            }
            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).isEqualTo("x");
            assertThat(record.get("extra").get("request_id").asText()).isEqualTo("r-1");
            assertThat(record.get("extra").get("message").asText()).isEqualTo("inner");
            assertThat(record.get("extra").get("user_id").asInt()).isEqualTo(123);
            assertThat(record.has("user_id")).isFalse();
        }
    }

    @Test
    void reservedKeys_canBeRenamed() {
        try (TestLogs logs = TestLogs.json(
                c -> c.set("cairn.json.rename.timestamp", "@timestamp").set("cairn.json.rename.message", "msg"))) {
            logs.logger("a").info("hello", kv("timestamp", "user value"));
            JsonNode record = logs.single();
            assertThat(record.get("@timestamp").asText()).endsWith("Z");
            assertThat(record.get("msg").asText()).isEqualTo("hello");
            assertThat(record.get("timestamp").asText()).isEqualTo("user value");
        }
    }

    @Test
    void sourceLocation_isOffByDefaultAndNamesTheCallerWhenOn() {
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("x");
            assertThat(logs.single().has("class")).isFalse();
        }
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.location", "true"))) {
            logs.logger("a").atInfo().log("x");
            JsonNode record = logs.single();
            assertThat(record.get("class").asText()).isEqualTo(JsonOutputTest.class.getName());
            assertThat(record.get("method").asText()).isEqualTo("sourceLocation_isOffByDefaultAndNamesTheCallerWhenOn");
            assertThat(record.get("line").asInt()).isPositive();
        }
    }

    enum Color {
        RED
    }

    @Test
    void values_keepTheirJsonTypes() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("n", 1);
        nested.put("list", List.of(true, "s"));
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a")
                    .atInfo()
                    .with("s", "text")
                    .with("i", 42)
                    .with("l", 1L << 40)
                    .with("d", 1.5)
                    .with("f", 2.5f)
                    .with("b", false)
                    .with("nil", (Object) null)
                    .with("big", new BigDecimal("12345678901234567890.5"))
                    .with("map", nested)
                    .with("array", new int[] {1, 2})
                    .with("objects", new String[] {"x"})
                    .with("instant", Instant.parse("2026-01-02T03:04:05Z"))
                    .with("duration", Duration.ofMillis(1500))
                    .with("uuid", id)
                    .with("enum", Color.RED)
                    .with("other", new StringBuilder("sb"))
                    .log("types");
            JsonNode r = logs.single();
            assertThat(r.get("s").isTextual()).isTrue();
            assertThat(r.get("i").isInt()).isTrue();
            assertThat(r.get("l").asLong()).isEqualTo(1L << 40);
            assertThat(r.get("d").asDouble()).isEqualTo(1.5);
            assertThat(r.get("f").asDouble()).isEqualTo(2.5);
            assertThat(r.get("b").isBoolean()).isTrue();
            assertThat(r.get("nil").isNull()).isTrue();
            assertThat(logs.output()).contains("\"big\":12345678901234567890.5");
            assertThat(r.get("map").get("list").get(1).asText()).isEqualTo("s");
            assertThat(r.get("array").get(1).asInt()).isEqualTo(2);
            assertThat(r.get("objects").get(0).asText()).isEqualTo("x");
            assertThat(r.get("instant").asText()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(r.get("duration").asText()).isEqualTo("PT1.5S");
            assertThat(r.get("uuid").asText()).isEqualTo(id.toString());
            assertThat(r.get("enum").asText()).isEqualTo("RED");
            assertThat(r.get("other").asText()).isEqualTo("sb");
        }
    }

    @Test
    void error_carriesTypeMessageStackAndCauseChain() {
        try (TestLogs logs = TestLogs.json()) {
            Exception root = new java.io.IOException("disk");
            Exception middle = new IllegalArgumentException("bad input", root);
            Exception top = new IllegalStateException("failed", middle);
            top.addSuppressed(new RuntimeException("cleanup failed"));
            logs.logger("a").error("oops", top);
            JsonNode error = logs.single().get("error");
            assertThat(error.get("type").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.get("message").asText()).isEqualTo("failed");
            assertThat(error.get("cause").get("type").asText()).isEqualTo("java.lang.IllegalArgumentException");
            assertThat(error.get("cause").get("cause").get("message").asText()).isEqualTo("disk");
            assertThat(error.get("stack").asText())
                    .startsWith("java.lang.IllegalStateException: failed\n\tat ")
                    .contains("\nCaused by: java.lang.IllegalArgumentException: bad input")
                    .contains("\nCaused by: java.io.IOException: disk")
                    .contains("\tSuppressed: java.lang.RuntimeException: cleanup failed");
        }
    }

    @Test
    void longCauseChain_isCutAtEightLevelsAndStaysValidJson() {
        for (int causes : new int[] {7, 8, 9, 10, 40}) {
            try (TestLogs logs = TestLogs.json()) {
                Exception error = new RuntimeException("cause " + causes);
                for (int i = causes - 1; i >= 0; i--) {
                    error = new RuntimeException(i == 0 ? "top" : "cause " + i, error);
                }
                logs.logger("a").error("deep", error);
                JsonNode cause = logs.single().get("error");
                int levels = 0;
                while (cause.has("cause")) {
                    cause = cause.get("cause");
                    levels++;
                }
                assertThat(levels).as("cause levels for %d causes", causes).isEqualTo(Math.min(causes, 8));
            }
        }
    }

    @Test
    void circularCauses_terminate() {
        try (TestLogs logs = TestLogs.json()) {
            RuntimeException a = new RuntimeException("a");
            RuntimeException b = new RuntimeException("b", a);
            a.initCause(b);
            logs.logger("a").error("loop", a);
            assertThat(logs.single().get("error").get("stack").asText()).contains("CIRCULAR REFERENCE");
        }
    }

    @Test
    void hostileValues_alwaysGiveOneValidLine() {
        Map<String, Object> selfContaining = new HashMap<>();
        selfContaining.put("me", selfContaining);
        List<Object> selfList = new ArrayList<>();
        selfList.add(selfList);
        char[] huge = new char[1_000_000];
        Arrays.fill(huge, 'x');
        Object throwing = new Object() {
            @Override
            public String toString() {
                throw new UnsupportedOperationException("nope");
            }
        };
        Map<Object, Object> throwingKeys = new HashMap<>();
        throwingKeys.put(throwing, "v");
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.max-value-length", "1000"))) {
            Logger log = logs.logger("hostile\nlogger\u0000");
            log.atInfo()
                    .with("nan", Double.NaN)
                    .with("inf", Double.POSITIVE_INFINITY)
                    .with("ninf", Float.NEGATIVE_INFINITY)
                    .with("lone_high", "a\uD800b")
                    .with("lone_low", "\uDC00")
                    .with("pair", "😀")
                    .with("controls", "\u0000\u0001\u001b[31m\u007f\u0085\n\r\t\"\\")
                    .with("separators", "\u2028\u2029")
                    .with("huge", new String(huge))
                    .with("self_map", selfContaining)
                    .with("self_list", selfList)
                    .with("throwing", throwing)
                    .with("throwing_keys", throwingKeys)
                    .with("key\"with\nquote", 1)
                    .log("message with \u0000 NUL and \uD83D lone and \n newline");
            List<String> lines = logs.lines();
            assertThat(lines).hasSize(1);
            JsonNode r = JsonLines.parse(lines.get(0));
            assertThat(r.get("logger").asText()).isEqualTo("hostile\nlogger\u0000");
            assertThat(r.get("nan").asText()).isEqualTo("NaN");
            assertThat(r.get("inf").asText()).isEqualTo("Infinity");
            assertThat(r.get("ninf").asText()).isEqualTo("-Infinity");
            assertThat(r.get("lone_high").asText()).isEqualTo("a\uFFFDb");
            assertThat(r.get("lone_low").asText()).isEqualTo("\uFFFD");
            assertThat(r.get("pair").asText()).isEqualTo("😀");
            assertThat(r.get("controls").asText()).isEqualTo("\u0000\u0001\u001b[31m\u007f\u0085\n\r\t\"\\");
            assertThat(lines.get(0))
                    .as("C0, DEL and C1 written as \\uXXXX, so no terminal control reaches `cat` or `tail`")
                    .contains("\\u001b[31m\\u007f\\u0085")
                    .doesNotContain("\u001b", "\u007f", "\u0085");
            assertThat(r.get("huge").asText())
                    .hasSize(1000 + "…[truncated 999000 chars]".length())
                    .endsWith("…[truncated 999000 chars]");
            assertThat(r.get("self_map").get("me").asText()).isEqualTo("[cycle]");
            assertThat(r.get("self_list").get(0).asText()).isEqualTo("[cycle]");
            assertThat(r.get("throwing").asText()).contains("UnsupportedOperationException");
            assertThat(r.get("throwing_keys").toString()).contains("UnsupportedOperationException");
            assertThat(r.get("key\"with\nquote").asInt()).isEqualTo(1);
            assertThat(r.get("message").asText()).isEqualTo("message with \u0000 NUL and \uFFFD lone and \n newline");
            assertThat(lines.get(0)).doesNotContain("\u2028").doesNotContain("\u2029");
            ExternalJsonParsers.assertAccepted(logs.output());
        }
    }

    @Test
    void valueThatFailsWhileWritten_isReplacedByAMarker() {
        Iterable<Object> modifiedWhileWritten = new ArrayList<>(List.of(1, 2, 3)) {
            @Override
            public Iterator<Object> iterator() {
                Iterator<Object> real = super.iterator();
                add(4);
                return real;
            }
        };
        try (TestLogs logs = TestLogs.json(c -> c.set("cairn.async", "false"))) {
            logs.logger("a").info("x", kv("modified", modifiedWhileWritten), kv("after", "intact"));
            JsonNode record = logs.single();
            assertThat(record.get("modified").asText()).contains("ConcurrentModificationException");
            assertThat(record.get("after").asText()).isEqualTo("intact");
        }
    }

    @Test
    void asyncRecords_showMutableValuesAsTheyWereAtTheCall() {
        List<String> items = new ArrayList<>(List.of("a"));
        Map<String, Object> state = new LinkedHashMap<>(Map.of("step", 1));
        StringBuilder text = new StringBuilder("before");
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("items {}", items, kv("items", items), kv("state", state), kv("text", text));
            items.add("b");
            state.put("step", 2);
            text.setLength(0);
            JsonNode record = logs.single();
            assertThat(record.get("message").asText()).isEqualTo("items [a]");
            assertThat(record.get("items").toString()).isEqualTo("[\"a\"]");
            assertThat(record.get("state").get("step").asInt()).isEqualTo(1);
            assertThat(record.get("text").asText()).isEqualTo("before");
        }
    }

    @Test
    void deepNesting_isCut() {
        Map<String, Object> root = new HashMap<>();
        Map<String, Object> current = root;
        for (int i = 0; i < 100; i++) {
            Map<String, Object> next = new HashMap<>();
            current.put("d", next);
            current = next;
        }
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("deep", kv("tree", root));
            assertThat(logs.lines().get(0)).contains("[too deep]");
            JsonLines.parse(logs.lines().get(0));
        }
    }

    @Test
    void hugeCollections_areCutWithACount() {
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(i);
        }
        try (TestLogs logs = TestLogs.json()) {
            logs.logger("a").info("many", kv("list", many));
            JsonNode list = logs.single().get("list");
            assertThat(list.size()).isEqualTo(1001);
            assertThat(list.get(1000).asText()).isEqualTo("…4000 more items");
        }
    }

    private static int countKeys(JsonNode node) {
        int count = 0;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    /** Top-level keys as written, counting duplicates a lenient parser would merge. */
    private static int distinctKeysInRawLine(String line) {
        com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
        try (com.fasterxml.jackson.core.JsonParser parser = factory.createParser(line)) {
            parser.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonLines.mapper().readTree(parser);
            return countKeys(JsonLines.parse(line));
        } catch (java.io.IOException e) {
            throw new AssertionError("duplicate keys in " + line, e);
        }
    }

    /** A log system with a fixed clock. */
    private static final class TestLogsWithClock {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        final LogSystem system;

        TestLogsWithClock(Clock clock) {
            system = LogSystem.builder()
                    .environment(Map.of())
                    .systemProperties(new java.util.Properties())
                    .classLoader(null)
                    .clock(clock)
                    .configure(c -> c.consoleOutput(out).format(Format.JSON))
                    .build();
        }

        String output() {
            system.flush();
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
