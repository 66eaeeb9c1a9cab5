package dev.cairn;

import static dev.cairn.KeyValue.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cairn.context.LogContext;
import dev.cairn.testing.HostileInputs;
import dev.cairn.testing.JsonLines;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzz-style: records built from random hostile pieces (control and escape characters, lone surrogates, line
 * separators, bidirectional controls, backslashes and quotes, reserved and repeated keys, cycles, deep nesting,
 * failing and null {@code toString()}, NaN, long cause chains and cyclic causes) with a fixed seed and a bounded count,
 * written through both layouts. Every JSON line must be one valid object (strict Jackson), every text line a record
 * line or an indented stack line with no raw control character, and no record may be lost or split.
 */
class HostileValuesFuzzTest {

    private static final long SEED = 20261201L;
    private static final int RECORDS = 2_000;
    /** The shared hostile corpus, also used by cairn-bench's hostile comparison and the property tests. */
    private static final String[] PIECES = HostileInputs.corpus().toArray(String[]::new);

    private static final String[] KEYS = {
        "timestamp",
        "level",
        "logger",
        "message",
        "thread",
        "process",
        "error",
        "service",
        "host",
        "class",
        "method",
        "line",
        "_message",
        "k",
        "k",
        "password",
        ""
    };
    private static final Pattern RECORD_LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z " + "(TRACE|DEBUG|INFO |WARN |ERROR|FATAL) .*");

    private final Random random = new Random(SEED);

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void hostileRecords_giveOnlyValidJsonLines(String async) {
        try (TestLogs logs = TestLogs.json(c ->
                c.set("cairn.async", async).set("cairn.max-value-length", "200").set("cairn.queue.full", "block"))) {
            logRecords(logs.logger(hostile()));
            List<String> lines = logs.lines();
            assertThat(lines).hasSize(RECORDS);
            for (String line : lines) {
                JsonNode record = JsonLines.parse(line);
                assertThat(record.isObject()).isTrue();
            }
            assertThat(logs.diagnosticLines()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void hostileRecords_giveTextLinesThatForgeNothing(String async) {
        try (TestLogs logs = TestLogs.text(c -> c.set("cairn.async", async)
                .set("cairn.color", "never")
                .set("cairn.max-value-length", "200")
                .set("cairn.queue.full", "block"))) {
            logRecords(logs.logger(hostile()));
            List<String> lines = logs.lines();
            long records = 0;
            for (String line : lines) {
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    assertThat(c < 0x20
                                    || c >= 0x7f && c <= 0x9f
                                    || c == '\u2028'
                                    || c == '\u2029'
                                    || c >= '\u202a' && c <= '\u202e'
                                    || c >= '\u2066' && c <= '\u2069'
                                    || Character.isSurrogate(c) && !isPaired(line, i))
                            .as("raw U+%04X at %d in %s", (int) c, i, line)
                            .isFalse();
                }
                if (RECORD_LINE.matcher(line).matches()) {
                    records++;
                } else {
                    assertThat(line)
                            .as("a line that is not a record must be an indented stack line")
                            .startsWith("  ");
                }
            }
            assertThat(records).isEqualTo(RECORDS);
            assertThat(logs.diagnosticLines()).isEmpty();
        }
    }

    private void logRecords(Logger log) {
        for (int i = 0; i < RECORDS; i++) {
            int count = random.nextInt(6);
            Object[] args = new Object[count + 2];
            args[0] = hostileValue(0);
            for (int k = 1; k <= count; k++) {
                args[k] = kv(random.nextInt(3) == 0 ? hostile() : KEYS[random.nextInt(KEYS.length)], hostileValue(0));
            }
            args[count + 1] = random.nextInt(8) == 0 ? hostileThrowable() : kv("i", i);
            Level level = Level.values()[random.nextInt(6)];
            try (var scope = LogContext.with(KEYS[random.nextInt(KEYS.length)], hostileValue(0))
                    .open()) {
                log.log(level, hostile() + " {} " + hostile(), args);
            }
        }
    }

    private String hostile() {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private Object hostileValue(int depth) {
        int kind = random.nextInt(depth > 3 ? 10 : 16);
        switch (kind) {
            case 0:
                return null;
            case 1:
                return random.nextLong();
            case 2:
                return new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 1e308}[random.nextInt(4)];
            case 3:
                return new BigDecimal(new BigInteger(200, random), random.nextInt(40) - 20);
            case 4:
                return new Object() {
                    @Override
                    public String toString() {
                        return null;
                    }
                };
            case 5:
                return new Object() {
                    @Override
                    public String toString() {
                        throw new IllegalStateException(hostile());
                    }
                };
            case 6:
                return Level.WARN;
            case 7:
                return new StringBuilder(hostile());
            case 8:
                return random.nextBoolean();
            case 9:
                return hostile();
            case 10: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(hostileValue(depth + 1));
                }
                if (random.nextInt(4) == 0) {
                    list.add(list);
                }
                return list;
            }
            case 11: {
                Map<Object, Object> map = new HashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(random.nextBoolean() ? hostile() : hostileValue(4), hostileValue(depth + 1));
                }
                if (random.nextInt(4) == 0) {
                    map.put("self", map);
                }
                return map;
            }
            case 12:
                return Optional.ofNullable(hostileValue(depth + 1));
            case 13:
                return new Object[] {
                    hostileValue(depth + 1), new int[] {1, 2}, hostile().toCharArray()
                };
            case 14: {
                Object nested = hostile();
                for (int i = 0; i < 30; i++) {
                    nested = List.of(nested);
                }
                return nested;
            }
            default: {
                String text = hostile();
                return text.isEmpty() ? 'x' : text.charAt(0);
            }
        }
    }

    private Throwable hostileThrowable() {
        Throwable error = new RuntimeException(hostile());
        for (int i = random.nextInt(12); i > 0; i--) {
            error = random.nextBoolean() ? new IllegalStateException(hostile(), error) : new Exception(null, error);
        }
        if (random.nextInt(4) == 0) {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root != error) {
                root.initCause(error);
            }
        }
        error.addSuppressed(new RuntimeException(hostile()));
        return error;
    }

    private static boolean isPaired(String line, int i) {
        char c = line.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(line.charAt(i - 1));
    }
}
