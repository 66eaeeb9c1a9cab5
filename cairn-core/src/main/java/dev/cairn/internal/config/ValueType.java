package dev.cairn.internal.config;

import dev.cairn.Level;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of configuration value: how it is read from text and the words that say what it accepts ("a whole number
 * from 16 to 16777216"), which every error line about it quotes. Keys and sink options of the same kind share one
 * parser through the factories here;
 * {@link #require}, {@link #map} and {@link #describedAs} narrow or convert one.
 *
 * <p>Immutable and thread-safe. Nothing here is tied to Cairn's own keys, so a sink type from another module can
 * declare its options with the same types (or {@link #of its own}) and have them checked and reported alike.
 *
 * @param <T> the type of the parsed value
 */
public final class ValueType<T> {

    /** Reads a value from its text; throws {@link IllegalArgumentException} (of any message) when it is not allowed. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String raw);
    }

    /** The threshold that disables every level. */
    public static final int OFF = Level.values().length;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(|B|K|KB|KIB|M|MB|MIB|G|GB|GIB)");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(MS|S|M|H|D)");
    private static final Pattern JSON_KEY = Pattern.compile("[A-Za-z0-9_@.$-]{1,64}");
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,255}");

    /** What a JSON key may consist of, in the words error lines use. */
    static final String JSON_KEY_CHARACTERS = "1 to 64 letters, digits or _ @ . $ -";

    private final String allowed;
    private final Parser<T> parser;

    private ValueType(String allowed, Parser<T> parser) {
        this.allowed = allowed;
        this.parser = parser;
    }

    /** A kind of value read by {@code parser}, accepting what {@code allowed} says. */
    public static <T> ValueType<T> of(String allowed, Parser<T> parser) {
        return new ValueType<>(allowed, parser);
    }

    /** What this kind of value accepts, as quoted after "expected" in error lines. */
    public String allowed() {
        return allowed;
    }

    /**
     * The value {@code raw} stands for.
     *
     * @throws IllegalArgumentException when {@code raw} is not allowed
     */
    public T parse(String raw) {
        return parser.parse(raw);
    }

    /** The same parser, described as {@code allowed}. */
    public ValueType<T> describedAs(String allowed) {
        return new ValueType<>(allowed, parser);
    }

    /** Only the values that pass {@code valid}, described as before. */
    public ValueType<T> require(Predicate<? super T> valid) {
        return restrict(valid, allowed);
    }

    /** Only the values that pass {@code valid}, described with {@code condition} added: "…, at least 1s". */
    public ValueType<T> require(Predicate<? super T> valid, String condition) {
        return restrict(valid, allowed + ", " + condition);
    }

    private ValueType<T> restrict(Predicate<? super T> valid, String allowed) {
        return new ValueType<>(allowed, raw -> {
            T value = parser.parse(raw);
            if (!valid.test(value)) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** The same texts, read as {@code convert} of this type's value. */
    public <R> ValueType<R> map(Function<? super T, ? extends R> convert) {
        return new ValueType<>(allowed, raw -> convert.apply(parser.parse(raw)));
    }

    /** One of {@code choices}, in any letter case: {@code "json, text or auto"}. */
    public static ValueType<String> choice(String... choices) {
        List<String> names = List.of(choices);
        return new ValueType<>(alternatives(names), raw -> {
            String value = raw.trim().toLowerCase(Locale.ROOT);
            if (!names.contains(value)) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** One of {@code type}'s constants, written in lower case with {@code -} for {@code _}: {@code on-error}. */
    public static <E extends Enum<E>> ValueType<E> choice(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return choice(names.toArray(new String[0]))
                .map(name -> Enum.valueOf(type, name.replace('-', '_').toUpperCase(Locale.ROOT)));
    }

    /** {@code true} or {@code false}. */
    public static ValueType<Boolean> bool() {
        return choice("true", "false").map(Boolean::valueOf);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static ValueType<Integer> integer(int min, int max) {
        return new ValueType<>("a whole number from " + min + " to " + max, raw -> {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** A number of bytes with an optional unit ({@code 512KB}, {@code 10MB}, {@code 1GB}; K = 1024). */
    public static ValueType<Long> size(String examples) {
        return new ValueType<>("a size in bytes such as " + examples, ValueType::bytes);
    }

    /**
     * A duration such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 12h}, {@code 7d}, an ISO-8601 {@code P7D}, or
     * {@code 0}; at most what nanoseconds can count (292 years), so that no use of it overflows.
     */
    public static ValueType<Duration> duration(String examples) {
        return new ValueType<>("a duration such as " + examples, ValueType::durationOf);
    }

    /**
     * A level as a threshold: the level's ordinal, or {@link #OFF}; aliases WARNING and CRITICAL, any letter case.
     */
    public static ValueType<Integer> threshold() {
        return new ValueType<>(
                "one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL, OFF (aliases WARNING, CRITICAL)",
                raw -> raw.trim().equalsIgnoreCase("OFF")
                        ? OFF
                        : Level.parse(raw).ordinal());
    }

    /** A name of 1 to {@code maxLength} characters, trimmed. */
    public static ValueType<String> name(int maxLength) {
        return new ValueType<>("a name of 1 to " + maxLength + " characters", raw -> {
            String value = raw.trim();
            if (value.isEmpty() || value.length() > maxLength) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** A file path, trimmed; empty is allowed (callers give it a meaning), a NUL character is not. */
    public static ValueType<String> pathOrEmpty(String allowed) {
        return new ValueType<>(allowed, raw -> {
            String path = raw.trim();
            if (path.indexOf('\0') >= 0) {
                throw new IllegalArgumentException();
            }
            return path;
        });
    }

    /** A non-empty file path, trimmed, without NUL characters. */
    public static ValueType<String> path(String allowed) {
        return pathOrEmpty(allowed).require(path -> !path.isEmpty());
    }

    /** A JSON key of {@value #JSON_KEY_CHARACTERS}, trimmed. */
    public static ValueType<String> jsonKey() {
        return new ValueType<>("a key of " + JSON_KEY_CHARACTERS, raw -> {
            String key = raw.trim();
            if (!JSON_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException();
            }
            return key;
        });
    }

    /** The name of an environment variable: a letter or {@code _}, then letters, digits or {@code _}; trimmed. */
    public static ValueType<String> environmentVariable() {
        return new ValueType<>(
                "an environment variable's name (letters, digits and _, not starting with a digit)", raw -> {
                    String name = raw.trim();
                    if (!ENVIRONMENT_VARIABLE.matcher(name).matches()) {
                        throw new IllegalArgumentException();
                    }
                    return name;
                });
    }

    /** Comma-separated words, each trimmed; empty ones are skipped, so an empty text is an empty list. */
    public static ValueType<List<String>> list(String allowed) {
        return new ValueType<>(allowed, raw -> {
            List<String> words = new ArrayList<>();
            for (String part : raw.split(",")) {
                String word = part.trim();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return List.copyOf(words);
        });
    }

    /** {@code "a, b or c"}. */
    private static String alternatives(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }

    private static long bytes(String raw) {
        Matcher matcher = SIZE.matcher(raw.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException();
        }
        long value = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        int shift = unit.startsWith("G") ? 30 : unit.startsWith("M") ? 20 : unit.startsWith("K") ? 10 : 0;
        if (value > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException();
        }
        return value << shift;
    }

    private static Duration durationOf(String raw) {
        Duration duration = unboundedDuration(raw.trim().toUpperCase(Locale.ROOT));
        try {
            duration.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(e);
        }
        return duration;
    }

    private static Duration unboundedDuration(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        if (text.startsWith("P")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException();
        }
        long value = Long.parseLong(matcher.group(1));
        switch (matcher.group(2)) {
            case "MS":
                return Duration.ofMillis(value);
            case "S":
                return Duration.ofSeconds(value);
            case "M":
                return Duration.ofMinutes(value);
            case "H":
                return Duration.ofHours(value);
            default:
                return Duration.ofDays(value);
        }
    }
}
