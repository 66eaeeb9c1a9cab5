package dev.cairn.cli.record;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Severity of a record, ordered from least to most severe. */
public enum Level {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR,
    FATAL;

    /**
     * Reads a level name as services write it: case-insensitive, with the aliases WARNING → WARN
     * and CRITICAL → FATAL.
     *
     * @return the level, or null if the text names none
     */
    public static Level parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "TRACE" -> TRACE;
            case "DEBUG" -> DEBUG;
            case "INFO" -> INFO;
            case "WARN", "WARNING" -> WARN;
            case "ERROR" -> ERROR;
            case "FATAL", "CRITICAL" -> FATAL;
            default -> null;
        };
    }

    /** {@link #parse(String)} on raw ASCII bytes, without allocating for the canonical spellings. */
    public static Level parse(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 4 && b[from] == 'I' && b[from + 1] == 'N' && b[from + 2] == 'F' && b[from + 3] == 'O') {
            return INFO;
        }
        if (n == 5) {
            switch (b[from]) {
                case 'D':
                    if (b[from + 1] == 'E' && b[from + 2] == 'B' && b[from + 3] == 'U' && b[from + 4] == 'G') {
                        return DEBUG;
                    }
                    break;
                case 'E':
                    if (b[from + 1] == 'R' && b[from + 2] == 'R' && b[from + 3] == 'O' && b[from + 4] == 'R') {
                        return ERROR;
                    }
                    break;
                case 'T':
                    if (b[from + 1] == 'R' && b[from + 2] == 'A' && b[from + 3] == 'C' && b[from + 4] == 'E') {
                        return TRACE;
                    }
                    break;
                case 'F':
                    if (b[from + 1] == 'A' && b[from + 2] == 'T' && b[from + 3] == 'A' && b[from + 4] == 'L') {
                        return FATAL;
                    }
                    break;
                default:
                    break;
            }
        }
        if (n == 4 && b[from] == 'W' && b[from + 1] == 'A' && b[from + 2] == 'R' && b[from + 3] == 'N') {
            return WARN;
        }
        if (n > 16) {
            return null;
        }
        return parse(new String(b, from, n, StandardCharsets.ISO_8859_1));
    }

    public boolean isErrorOrWorse() {
        return this == ERROR || this == FATAL;
    }
}
