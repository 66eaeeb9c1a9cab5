package dev.cairn.bench.hostile;

import dev.cairn.testing.HostileInputs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Hostile record parts from a fixed seed: text with control and escape characters, lone surrogates, line separators
 * and bidirectional controls; values whose {@code toString()} returns null or throws, containers holding themselves,
 * deep nesting, NaN, huge numbers; exceptions with long and cyclic cause chains. The same seed gives every library the
 * same records.
 */
final class HostileValues {

    /** The shared hostile corpus, also replayed by the fuzz tests. */
    private static final String[] PIECES = HostileInputs.corpus().toArray(String[]::new);

    private static final String[] KEYS = {
        "timestamp", "level", "logger", "message", "thread", "error", "seq", "k", "password", "", "@timestamp"
    };

    private final Random random;

    HostileValues(long seed) {
        random = new Random(seed);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    String key() {
        return random.nextInt(3) == 0 ? text() : KEYS[random.nextInt(KEYS.length)];
    }

    /** An exception for one record in eight, else null. */
    Throwable maybeThrowable() {
        if (random.nextInt(8) != 0) {
            return null;
        }
        Throwable error = new RuntimeException(text());
        for (int i = random.nextInt(12); i > 0; i--) {
            error = random.nextBoolean() ? new IllegalStateException(text(), error) : new Exception(null, error);
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
        return error;
    }

    Object value(int depth) {
        switch (random.nextInt(depth > 3 ? 9 : 14)) {
            case 0:
                return null;
            case 1:
                return random.nextLong();
            case 2:
                return new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 1e308}[random.nextInt(4)];
            case 3:
                return new BigDecimal(new BigInteger(200, random), random.nextInt(40) - 20);
            case 4:
                return new NullText();
            case 5:
                return new FailingText(text());
            case 6:
                return random.nextBoolean();
            case 7:
                return new StringBuilder(text());
            case 8:
                return text();
            case 9: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(depth + 1));
                }
                if (random.nextInt(4) == 0) {
                    list.add(list);
                }
                return list;
            }
            case 10: {
                Map<Object, Object> map = new HashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(), value(depth + 1));
                }
                if (random.nextInt(4) == 0) {
                    map.put("self", map);
                }
                return map;
            }
            case 11:
                return Optional.ofNullable(value(depth + 1));
            case 12:
                return new Object[] {value(depth + 1), new int[] {1, 2}};
            default: {
                Object nested = text();
                for (int i = 0; i < 30; i++) {
                    nested = List.of(nested);
                }
                return nested;
            }
        }
    }

    /** A value whose {@code toString()} returns null. */
    static final class NullText {
        @Override
        public String toString() {
            return null;
        }
    }

    /** A value whose {@code toString()} throws. */
    static final class FailingText {
        private final String reason;

        FailingText(String reason) {
            this.reason = reason;
        }

        @Override
        public String toString() {
            throw new IllegalStateException(reason);
        }
    }
}
