package dev.cairn.cli.filter;

import dev.cairn.cli.json.JsonLineScanner;
import dev.cairn.cli.json.JsonType;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.ScannedRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The conjunction of the filter options, evaluated on a {@link ScannedRecord}: minimum level,
 * logger prefixes (any of them; {@code shop} matches {@code shop} and {@code shop.Pay}, not
 * {@code shopping}), time range [since, until), every {@code --where} clause, and free text
 * searched in the message and the field values. Thread-safe: holds only immutable state.
 */
public final class RecordFilter {

    private final Level minLevel;
    private final String[] loggerPrefixes;
    private final long sinceMicros;
    private final long untilMicros;
    private final WhereClause[] where;
    private final String text;
    private final byte[] textBytes;

    /**
     * @param minLevel       lowest level shown, or null for all
     * @param loggerPrefixes logger prefixes, empty for all
     * @param sinceMicros    inclusive lower time bound, or Long.MIN_VALUE
     * @param untilMicros    exclusive upper time bound, or Long.MAX_VALUE
     * @param where          conditions that must all hold
     * @param text           free text that must appear, or null
     */
    public RecordFilter(
            Level minLevel,
            List<String> loggerPrefixes,
            long sinceMicros,
            long untilMicros,
            List<WhereClause> where,
            String text) {
        this.minLevel = minLevel;
        // Arrays, not lists: the per-line loops below then allocate no iterator.
        this.loggerPrefixes = loggerPrefixes.toArray(new String[0]);
        this.sinceMicros = sinceMicros;
        this.untilMicros = untilMicros;
        this.where = where.toArray(new WhereClause[0]);
        this.text = text;
        this.textBytes = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    public static RecordFilter all() {
        return new RecordFilter(null, List.of(), Long.MIN_VALUE, Long.MAX_VALUE, List.of(), null);
    }

    /** Tests a record already scanned successfully. */
    public boolean test(ScannedRecord r) {
        if (minLevel != null && r.level().compareTo(minLevel) < 0) {
            return false;
        }
        long t = r.micros();
        if (t < sinceMicros || t >= untilMicros) {
            return false;
        }
        if (loggerPrefixes.length > 0 && !loggerMatches(r.logger())) {
            return false;
        }
        for (WhereClause w : where) {
            if (!w.test(r)) {
                return false;
            }
        }
        return textBytes == null || containsText(r.fields());
    }

    private boolean loggerMatches(String logger) {
        for (String p : loggerPrefixes) {
            if (logger.startsWith(p)
                    && (logger.length() == p.length() || logger.charAt(p.length()) == '.' || p.endsWith("."))) {
                return true;
            }
        }
        return false;
    }

    private boolean containsText(JsonLineScanner s) {
        byte[] b = s.buffer();
        for (int f = 0; f < s.size(); f++) {
            JsonType type = s.type(f);
            if (type == JsonType.STRING && s.isEscaped(f)) {
                if (s.text(f).contains(text)) {
                    return true;
                }
            } else if (type == JsonType.STRING || type == JsonType.OBJECT || type == JsonType.ARRAY) {
                if (indexOf(b, s.valueStart(f), s.valueEnd(f), textBytes) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] needle) {
        int n = needle.length;
        if (n == 0) {
            return from;
        }
        byte first = needle[0];
        outer:
        for (int i = from; i <= to - n; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
