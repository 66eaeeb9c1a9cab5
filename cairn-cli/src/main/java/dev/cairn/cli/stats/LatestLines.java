package dev.cairn.cli.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Keeps copies of the {@code capacity} lines with the highest sort key (latest time, longest duration). */
public final class LatestLines {

    /** A kept line and its key. */
    public record Line(double key, byte[] bytes) {}

    private final int capacity;
    private final List<Line> lines = new ArrayList<>();

    public LatestLines(int capacity) {
        this.capacity = capacity;
    }

    /** Whether a line with this key would be kept; lets callers skip the copy. */
    public boolean wants(double key) {
        return lines.size() < capacity || key > minKey();
    }

    public void add(double key, byte[] b, int from, int to) {
        if (wants(key)) {
            put(new Line(key, Arrays.copyOfRange(b, from, to)));
        }
    }

    public void merge(LatestLines other) {
        for (Line l : other.lines) {
            if (wants(l.key())) {
                put(l);
            }
        }
    }

    /** Kept lines, highest key first. */
    public List<Line> descending() {
        List<Line> copy = new ArrayList<>(lines);
        copy.sort(Comparator.comparingDouble(Line::key).reversed());
        return copy;
    }

    private void put(Line line) {
        if (lines.size() == capacity) {
            lines.remove(indexOfMin());
        }
        lines.add(line);
    }

    private double minKey() {
        return lines.get(indexOfMin()).key();
    }

    private int indexOfMin() {
        int min = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).key() < lines.get(min).key()) {
                min = i;
            }
        }
        return min;
    }
}
