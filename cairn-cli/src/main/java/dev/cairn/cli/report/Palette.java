package dev.cairn.cli.report;

import dev.cairn.cli.record.Level;

/** Colors of the report, matching the terminal's level colors where there is one. */
final class Palette {

    static final String OK = "#3a9d5d";
    static final String FAILED = "#d64545";
    static final String AXIS = "#888";
    static final String BAR = "#4a7bd0";

    private Palette() {}

    static String level(Level level) {
        return switch (level) {
            case TRACE -> "#b0b0b0";
            case DEBUG -> "#2bb3c0";
            case INFO -> "#3a9d5d";
            case WARN -> "#e0a526";
            case ERROR -> "#d64545";
            case FATAL -> "#8b0000";
        };
    }
}
