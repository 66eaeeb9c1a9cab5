package dev.cairn.cli.stats;

import dev.cairn.cli.json.JsonParser;
import dev.cairn.cli.json.JsonWriter;
import dev.cairn.cli.record.Level;
import dev.cairn.cli.record.LogRecord;
import dev.cairn.cli.record.RecordDecoder;
import dev.cairn.cli.record.Timestamps;
import dev.cairn.cli.render.TextEscaper;
import dev.cairn.cli.render.TextRenderer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes {@link Stats} as a text summary for people or as one JSON object for scripts. */
public final class StatsFormatter {

    private static final int SPARK_WIDTH = 60;

    private final int top;
    private final boolean color;

    public StatsFormatter(int top, boolean color) {
        this.top = top;
        this.color = color;
    }

    public String text(Stats s) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append(String.format(Locale.ROOT, "records        %,d", s.total()));
        if (s.total() > 0) {
            sb.append("  from ")
                    .append(Timestamps.formatMillis(s.firstMicros()))
                    .append(" to ")
                    .append(Timestamps.formatMillis(s.lastMicros()));
        }
        sb.append('\n').append("levels        ");
        for (Level l : Level.values()) {
            sb.append(String.format(Locale.ROOT, " %s %,d", l.name(), s.count(l)));
        }
        sb.append('\n');
        sb.append(String.format(
                Locale.ROOT,
                "error rate     %.2f%% (%,d ERROR or FATAL)%n",
                s.errorRate() * 100,
                s.count(Level.ERROR) + s.count(Level.FATAL)));
        sb.append(String.format(Locale.ROOT, "active traces  %,d distinct trace_id%n", s.activeTraces()));
        appendSparkline(sb, s.perMinute());
        appendServices(sb, s.services());
        appendCounts(sb, "loggers", s.loggers());
        sb.append("\ntop message patterns\n");
        for (Map.Entry<String, Long> e : s.messages().top(top)) {
            sb.append(String.format(Locale.ROOT, "  %,10d  ", e.getValue()));
            TextEscaper.append(sb, e.getKey());
            sb.append('\n');
        }
        appendCounts(sb, "top error types", s.errorTypes());
        sb.append("\ntop errors (pattern, exception type)\n");
        for (Map.Entry<String, Long> e : s.errorPatterns().top(top)) {
            String[] patternAndType = splitErrorKey(e.getKey());
            sb.append(String.format(Locale.ROOT, "  %,10d  ", e.getValue()));
            TextEscaper.append(sb, patternAndType[0]);
            if (!patternAndType[1].isEmpty()) {
                sb.append("  ");
                TextEscaper.append(sb, patternAndType[1]);
            }
            sb.append('\n');
        }
        sb.append("\nrecent errors (newest first)\n");
        TextRenderer renderer = new TextRenderer(color);
        for (LatestLines.Line l : s.recentErrors()) {
            Optional<LogRecord> r = RecordDecoder.decode(l.bytes(), 0, l.bytes().length);
            if (r.isPresent()) {
                String text = renderer.render(r.get());
                for (String line : text.split("\n")) {
                    sb.append("  ").append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void appendSparkline(StringBuilder sb, MinuteSeries series) {
        MinuteSeries.Buckets b = series.buckets(SPARK_WIDTH);
        long[] totals = b.totals();
        if (totals.length == 0) {
            return;
        }
        long max = 0;
        for (long t : totals) {
            max = Math.max(max, t);
        }
        long minutes = b.widthMicros() / 60_000_000L;
        sb.append(String.format(
                Locale.ROOT, "%nrecords per minute (1 column = %d min, highest column %,d records)%n", minutes, max));
        sb.append("  ").append(Sparkline.draw(totals)).append('\n');
        // Within one day the clock time says enough; across days the date is needed too.
        boolean oneDay = b.widthMicros() * totals.length <= 86_400_000_000L;
        String start = axisLabel(b.startMicros(), oneDay);
        String end = axisLabel(b.startMicros() + b.widthMicros() * totals.length, oneDay);
        int gap = Math.max(1, totals.length - start.length() - end.length());
        sb.append("  ").append(start).append(" ".repeat(gap)).append(end).append(" UTC\n");
    }

    private static String axisLabel(long micros, boolean timeOnly) {
        String ts = Timestamps.formatMillis(micros);
        return timeOnly ? ts.substring(11, 16) : ts.substring(0, 10) + " " + ts.substring(11, 16);
    }

    private void appendServices(StringBuilder sb, List<Map.Entry<String, long[]>> services) {
        sb.append(String.format(Locale.ROOT, "%n%-24s %10s", "services", "total"));
        for (Level l : Level.values()) {
            sb.append(String.format(Locale.ROOT, " %9s", l.name()));
        }
        sb.append('\n');
        for (Map.Entry<String, long[]> e : services.subList(0, Math.min(top, services.size()))) {
            sb.append("  ").append(fit(TextEscaper.escape(e.getKey()), 22));
            sb.append(String.format(Locale.ROOT, " %,10d", CappedCounts.sum(e.getValue())));
            for (long v : e.getValue()) {
                sb.append(String.format(Locale.ROOT, " %,9d", v));
            }
            sb.append('\n');
        }
    }

    private void appendCounts(StringBuilder sb, String title, List<Map.Entry<String, long[]>> rows) {
        sb.append('\n').append(title).append('\n');
        for (Map.Entry<String, long[]> e : rows.subList(0, Math.min(top, rows.size()))) {
            sb.append(String.format(Locale.ROOT, "  %,10d  ", e.getValue()[0]));
            TextEscaper.append(sb, e.getKey().isEmpty() ? "(none)" : e.getKey());
            sb.append('\n');
        }
    }

    public String json(Stats s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("records", s.total());
        o.put("first", s.total() > 0 ? Timestamps.formatMillis(s.firstMicros()) : null);
        o.put("last", s.total() > 0 ? Timestamps.formatMillis(s.lastMicros()) : null);
        Map<String, Object> levels = new LinkedHashMap<>();
        for (Level l : Level.values()) {
            levels.put(l.name(), s.count(l));
        }
        o.put("levels", levels);
        o.put("error_rate", s.errorRate());
        o.put("active_traces", s.activeTraces());
        Map<String, Object> services = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : s.services()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("total", CappedCounts.sum(e.getValue()));
            for (Level l : Level.values()) {
                row.put(l.name(), e.getValue()[l.ordinal()]);
            }
            services.put(e.getKey(), row);
        }
        o.put("services", services);
        o.put("loggers", counts(s.loggers(), "logger"));
        o.put(
                "top_patterns",
                s.messages().top(top).stream()
                        .map(e -> pair("pattern", e.getKey(), e.getValue()))
                        .toList());
        o.put(
                "top_errors",
                s.errorPatterns().top(top).stream()
                        .map(e -> {
                            String[] patternAndType = splitErrorKey(e.getKey());
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("pattern", patternAndType[0]);
                            m.put("type", patternAndType[1].isEmpty() ? null : patternAndType[1]);
                            m.put("count", e.getValue());
                            return m;
                        })
                        .toList());
        o.put("top_error_types", counts(s.errorTypes(), "type"));
        MinuteSeries.Buckets b = s.perMinute().buckets(24 * 60);
        Map<String, Object> perMinute = new LinkedHashMap<>();
        perMinute.put("start", b.counts().length == 0 ? null : Timestamps.formatMillis(b.startMicros()));
        perMinute.put("minutes_per_bucket", b.widthMicros() / 60_000_000L);
        perMinute.put("counts", Arrays.stream(b.totals()).boxed().toList());
        o.put("per_minute", perMinute);
        o.put(
                "recent_errors",
                s.recentErrors().stream()
                        .map(l -> JsonParser.parse(l.bytes(), 0, l.bytes().length))
                        .toList());
        return JsonWriter.toJson(o) + "\n";
    }

    private List<Object> counts(List<Map.Entry<String, long[]>> rows, String keyName) {
        return rows.subList(0, Math.min(top, rows.size())).stream()
                .map(e -> pair(keyName, e.getKey(), e.getValue()[0]))
                .toList();
    }

    /** A {@link Stats#errorPatterns()} key as its pattern and its exception type (empty when none). */
    private static String[] splitErrorKey(String key) {
        int separator = key.lastIndexOf('\u001f');
        return separator < 0
                ? new String[] {key, ""}
                : new String[] {key.substring(0, separator), key.substring(separator + 1)};
    }

    private static Object pair(String keyName, String key, long count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(keyName, key);
        m.put("count", count);
        return m;
    }

    private static String fit(String s, int width) {
        return s.length() > width ? s.substring(0, width - 1) + "…" : s + " ".repeat(width - s.length());
    }
}
