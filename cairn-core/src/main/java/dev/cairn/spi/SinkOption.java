package dev.cairn.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One option of a sink type, set as {@code cairn.sink.<name>.<option>}: its name, what it accepts (for error lines),
 * its default, and the parser that turns the configured text into a value.
 *
 * <pre>{@code
 * static final SinkOption<String> URL = SinkOption.required("url", "an http or https URL", URI::create);
 * static final SinkOption<Integer> BATCH = SinkOption.integer("batch", 1, 10_000, 500);
 * }</pre>
 *
 * @param <T> the type of the parsed value
 */
public final class SinkOption<T> {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    /** Option names every sink has, handled by Cairn: a sink type cannot declare them. */
    private static final List<String> COMMON = List.of("type", "levels", "loggers", "kinds", "json.schema");

    private final String name;
    private final String allowed;
    private final T defaultValue;
    private final Function<String, ? extends T> parser;

    private SinkOption(String name, String allowed, T defaultValue, Function<String, ? extends T> parser) {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches() || COMMON.contains(name)) {
            throw new IllegalArgumentException("invalid sink option name " + name + ": expected 1 to 64 lower-case"
                    + " letters, digits, . or -, and none of " + String.join(", ", COMMON));
        }
        this.name = name;
        this.allowed = Objects.requireNonNull(allowed, "allowed");
        this.defaultValue = defaultValue;
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /**
     * An option with a default.
     *
     * @param allowed what the option accepts, as error lines print it after "expected"
     * @param parser turns the trimmed text into a value; throws {@link IllegalArgumentException} when it is invalid
     */
    public static <T> SinkOption<T> of(
            String name, String allowed, T defaultValue, Function<String, ? extends T> parser) {
        return new SinkOption<>(name, allowed, Objects.requireNonNull(defaultValue, "defaultValue"), parser);
    }

    /** An option without a default: a sink of this type that does not set it is left out, with a report. */
    public static <T> SinkOption<T> required(String name, String allowed, Function<String, ? extends T> parser) {
        return new SinkOption<>(name, allowed, null, parser);
    }

    /** A text option: any non-empty text up to 4096 characters. */
    public static SinkOption<String> text(String name, String allowed, String defaultValue) {
        return of(name, allowed, defaultValue, SinkOption::nonEmpty);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static SinkOption<Integer> integer(String name, int min, int max, int defaultValue) {
        return of(name, "a whole number from " + min + " to " + max, defaultValue, raw -> {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** {@code true} or {@code false}. */
    public static SinkOption<Boolean> flag(String name, boolean defaultValue) {
        return of(name, "true or false", defaultValue, raw -> {
            String value = raw.toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException();
            }
            return Boolean.valueOf(value);
        });
    }

    /** One of {@code choices} (lower case), compared without regard to case. */
    public static SinkOption<String> choice(String name, String defaultValue, String... choices) {
        List<String> allowed = List.of(choices);
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("a choice needs at least one value");
        }
        String described = allowed.size() == 1
                ? allowed.get(0)
                : String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1);
        return of(name, described, defaultValue, raw -> {
            String value = raw.toLowerCase(Locale.ROOT);
            if (!allowed.contains(value)) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** The option's name after {@code cairn.sink.<name>.}, e.g. {@code url}. */
    public String name() {
        return name;
    }

    /** What the option accepts, e.g. {@code a whole number from 1 to 10000}. */
    public String allowed() {
        return allowed;
    }

    /** The value used when the option is not set; null for a required option. */
    public T defaultValue() {
        return defaultValue;
    }

    /** Whether a sink of this type must set the option. */
    public boolean isRequired() {
        return defaultValue == null;
    }

    /**
     * The value {@code raw} (trimmed first) stands for.
     *
     * @throws IllegalArgumentException if the option does not accept {@code raw}
     */
    public T parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("no value");
        }
        T value;
        try {
            value = parser.apply(raw.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected " + allowed, e);
        }
        if (value == null) {
            throw new IllegalArgumentException("expected " + allowed);
        }
        return value;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String nonEmpty(String raw) {
        if (raw.isEmpty() || raw.length() > 4096 || raw.indexOf('\0') >= 0) {
            throw new IllegalArgumentException();
        }
        return raw;
    }
}
