package dev.cairn.cli.filter;

import dev.cairn.cli.record.Timestamps;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --since}/{@code --until}: a duration back from now ({@code 90s}, {@code 10m}, {@code 2h}, {@code 7d}) or an RFC 3339 timestamp. */
public final class TimeBound {

    public static final String SYNTAX =
            "a duration such as 30s, 10m, 2h, 7d, or an RFC 3339 time such as 2026-11-21T10:15:00Z";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private TimeBound() {}

    /**
     * @return microseconds since the epoch
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static long parse(String text, Clock clock) {
        String t = text.trim();
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long unitMicros = switch (m.group(2)) {
                case "ms" -> 1_000L;
                case "s" -> 1_000_000L;
                case "m" -> 60_000_000L;
                case "h" -> 3_600_000_000L;
                default -> 86_400_000_000L;
            };
            return Timestamps.toMicros(clock.instant()) - n * unitMicros;
        }
        long micros = Timestamps.parseMicros(t);
        if (micros == Timestamps.NONE) {
            throw new IllegalArgumentException("'" + text + "' is not a time; expected " + SYNTAX);
        }
        return micros;
    }
}
