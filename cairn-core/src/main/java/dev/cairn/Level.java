package dev.cairn;

import java.util.Locale;

/**
 * The severity of a record, from the most verbose ({@link #TRACE}) to the most severe ({@link #FATAL}).
 *
 * <p>Where a level is read from text, {@code WARNING} is accepted for {@link #WARN} and {@code CRITICAL} for
 * {@link #FATAL}, in any letter case.
 */
public enum Level {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    FATAL;

    private static final Level[] VALUES = values();

    /**
     * Parses a level name, case-insensitively, accepting the aliases {@code WARNING} and {@code CRITICAL}.
     *
     * @throws IllegalArgumentException naming the value and the allowed names when {@code text} is not a level
     */
    public static Level parse(String text) {
        Level level = parseOrNull(text);
        if (level == null) {
            throw new IllegalArgumentException("invalid level \"" + text + "\": expected one of " + ALLOWED_NAMES);
        }
        return level;
    }

    /** Every name {@link #parse} accepts, for error messages. */
    public static final String ALLOWED_NAMES = "TRACE, DEBUG, INFO, WARN, ERROR, FATAL (aliases WARNING, CRITICAL)";

    private static Level parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        switch (name) {
            case "WARNING":
                return WARN;
            case "CRITICAL":
                return FATAL;
            default:
                for (Level level : VALUES) {
                    if (level.name().equals(name)) {
                        return level;
                    }
                }
                return null;
        }
    }
}
