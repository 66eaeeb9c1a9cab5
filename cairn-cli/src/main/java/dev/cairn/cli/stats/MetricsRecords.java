package dev.cairn.cli.stats;

import dev.cairn.cli.json.JsonNumber;
import dev.cairn.cli.json.JsonParser;
import dev.cairn.cli.record.FieldPath;
import dev.cairn.cli.record.ScannedRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The periodic metrics records of the logs ({@code cairn.metrics.interval}: records of kind {@code metrics} carrying
 * the counts since the previous one), as series over time for the report's charts: every numeric field, nested ones
 * under their dotted path ({@code records.ERROR}). At most {@link #MAX_POINTS} records are kept; later ones are
 * counted in {@link #notCharted()}.
 */
public final class MetricsRecords {

    static final int MAX_POINTS = 10_000;
    private static final FieldPath KIND = FieldPath.of("kind");
    private static final byte[] METRICS = "metrics".getBytes(StandardCharsets.UTF_8);
    /** Fields every record has: not counts. */
    private static final List<String> NOT_SERIES = List.of("process", "line");

    /** One metrics record: its time and its numeric fields. */
    public record Point(long micros, Map<String, Double> values) {}

    private final List<Point> points = new ArrayList<>();
    private long notCharted;

    /** Keeps the line if it is a metrics record. */
    public void accept(ScannedRecord r, byte[] b, int from, int to) {
        int f = r.locate(KIND);
        if (f < 0 || !r.located().textEquals(f, METRICS)) {
            return;
        }
        if (points.size() >= MAX_POINTS) {
            notCharted++;
            return;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        numbers("", JsonParser.parseObject(b, from, to), values);
        points.add(new Point(r.micros(), values));
    }

    /** Adds {@code other}'s records, which come after this one's in input order. */
    public void merge(MetricsRecords other) {
        for (Point point : other.points) {
            if (points.size() < MAX_POINTS) {
                points.add(point);
            } else {
                notCharted++;
            }
        }
        notCharted += other.notCharted;
    }

    /** The metrics records, sorted by time. */
    public List<Point> points() {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort((a, c) -> Long.compare(a.micros(), c.micros()));
        return sorted;
    }

    /** Metrics records beyond {@link #MAX_POINTS}, not charted. */
    public long notCharted() {
        return notCharted;
    }

    private static void numbers(String prefix, Map<String, Object> json, Map<String, Double> out) {
        for (Map.Entry<String, Object> e : json.entrySet()) {
            String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Object value = e.getValue();
            if (value instanceof JsonNumber number && !NOT_SERIES.contains(name)) {
                out.put(name, number.doubleValue());
            } else if (value instanceof Map<?, ?> nested && prefix.split("\\.").length < 3) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                numbers(name, inner, out);
            }
        }
    }
}
