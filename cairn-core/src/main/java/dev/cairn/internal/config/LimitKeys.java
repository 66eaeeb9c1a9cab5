package dev.cairn.internal.config;

import dev.cairn.Level;
import dev.cairn.internal.limit.RateRule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of configured rates: {@code cairn.limit.<logger>} (a rate such as {@code 100/s}), with
 * {@code cairn.limit.<logger>.burst} (records that may pass at once, the rate's count by default) and
 * {@code cairn.limit.<logger>.max-level} (the highest level limited, {@code INFO} by default, so WARN and above pass
 * unless a rate names them).
 */
public final class LimitKeys {

    /** The prefix of every limit key. */
    public static final String PREFIX = "cairn.limit.";

    static final String BURST = ".burst";
    static final String MAX_LEVEL = ".max-level";

    private static final Pattern RATE_TEXT = Pattern.compile("(\\d{1,10})\\s*/\\s*(S|M|H)");
    private static final long MAX_COUNT = 1_000_000_000L;

    /** {@code cairn.limit.<logger>}: a rate for the loggers under a prefix. */
    public static final KeyFamily<Rate> RATE = KeyFamily.of(
            PREFIX,
            ValueType.of(
                    "a rate such as 100/s, 600/m or 5000/h (1 to " + MAX_COUNT + " records per second, minute or"
                            + " hour)",
                    LimitKeys::rate),
            "no limit",
            (name, logger) -> {
                if (logger.isEmpty() || logger.endsWith(".")) {
                    throw new IllegalArgumentException("invalid key " + name + ": expected " + PREFIX
                            + "<logger name>, " + PREFIX + "<logger name>" + BURST + " or " + PREFIX
                            + "<logger name>" + MAX_LEVEL);
                }
            });

    private static final ValueType<Integer> BURST_TYPE = ValueType.integer(1, (int) MAX_COUNT);
    private static final ValueType<Level> LEVEL_TYPE =
            ValueType.of("one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL (aliases WARNING, CRITICAL)", Level::parse);

    /** A count of records per period. */
    public record Rate(long count, long periodNanos) {}

    private LimitKeys() {}

    /** The key {@code name}, which starts with {@link #PREFIX}: a rate, a burst or a highest level. */
    static Key<?> keyFor(String name) {
        if (name.endsWith(BURST)) {
            return burstKey(name);
        }
        if (name.endsWith(MAX_LEVEL)) {
            return maxLevelKey(name);
        }
        return RATE.key(name);
    }

    private static Key<Integer> burstKey(String name) {
        RATE.key(name.substring(0, name.length() - BURST.length()));
        return Key.derived(name, List.of(), BURST_TYPE, Fallback.absent("the rate's count"));
    }

    private static Key<Level> maxLevelKey(String name) {
        RATE.key(name.substring(0, name.length() - MAX_LEVEL.length()));
        return Key.derived(name, List.of(), LEVEL_TYPE, Fallback.absent("INFO"));
    }

    /** The configured rates by logger prefix; burst and level entries without a rate are left unread (reported). */
    static Map<String, RateRule> read(ConfigLookup config) {
        Map<String, RateRule> rules = new TreeMap<>();
        for (String name : config.names()) {
            if (!RATE.covers(name) || name.endsWith(BURST) || name.endsWith(MAX_LEVEL)) {
                continue;
            }
            config.member(RATE, name).ifPresent(rate -> {
                long burst = config.find(burstKey(name + BURST))
                        .map(Integer::longValue)
                        .orElse(rate.count());
                Level maxLevel = config.find(maxLevelKey(name + MAX_LEVEL)).orElse(Level.INFO);
                rules.put(RATE.member(name), new RateRule(rate.count(), rate.periodNanos(), burst, maxLevel));
            });
        }
        return Map.copyOf(rules);
    }

    private static Rate rate(String raw) {
        Matcher matcher = RATE_TEXT.matcher(raw.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException();
        }
        long count = Long.parseLong(matcher.group(1));
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException();
        }
        TimeUnit unit = matcher.group(2).equals("S")
                ? TimeUnit.SECONDS
                : matcher.group(2).equals("M") ? TimeUnit.MINUTES : TimeUnit.HOURS;
        return new Rate(count, unit.toNanos(1));
    }
}
