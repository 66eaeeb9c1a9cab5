package dev.cairn.test;

import java.util.List;

/** The loggers a capture listens to: each named logger and the loggers below it, or every logger. */
final class LoggerSelection {

    static final LoggerSelection ALL = new LoggerSelection(List.of());

    private final List<String> names;

    private LoggerSelection(List<String> names) {
        this.names = names;
    }

    static LoggerSelection of(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one logger, or use LogCapture.allLoggers()");
        }
        return new LoggerSelection(List.copyOf(names));
    }

    /** Whether {@code logger} is one of the names or below one of them, as {@code shop.checkout} is below {@code shop}. */
    boolean matches(String logger) {
        if (names.isEmpty()) {
            return true;
        }
        for (String name : names) {
            if (logger.equals(name)
                    || logger.length() > name.length()
                            && logger.startsWith(name)
                            && logger.charAt(name.length()) == '.') {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return names.isEmpty() ? "all loggers" : String.join(", ", names);
    }
}
