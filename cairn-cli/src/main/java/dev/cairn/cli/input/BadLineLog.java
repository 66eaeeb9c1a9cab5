package dev.cairn.cli.input;

import java.util.ArrayList;
import java.util.List;

/** Counts the lines that were not usable records across all inputs and keeps the first few locations. */
public final class BadLineLog {

    private final List<String> first = new ArrayList<>();
    private long count;

    /** Records the bad lines of a chunk whose first line is line {@code firstLine} (1-based) of {@code input}. */
    synchronized void add(Input input, long firstLine, LineTally tally) {
        count += tally.badCount();
        for (int index : tally.badIndexes()) {
            if (first.size() == LineTally.REMEMBERED) {
                break;
            }
            first.add(input.name() + ":" + (firstLine + index));
        }
    }

    /** Records one bad line at a known position (used when following a file line by line). */
    public synchronized void add(Input input, long line) {
        count++;
        if (first.size() < LineTally.REMEMBERED) {
            first.add(input.name() + ":" + line);
        }
    }

    public synchronized long count() {
        return count;
    }

    /** Locations ({@code file:line}) of the first few bad lines. */
    public synchronized List<String> first() {
        return List.copyOf(first);
    }

    /** One line for stderr, or null if every line was usable. */
    public synchronized String summary() {
        if (count == 0) {
            return null;
        }
        String more = count > first.size() ? ", …" : "";
        return "cairn: skipped " + count + (count == 1 ? " line" : " lines")
                + " that are not JSON log records (" + String.join(", ", first) + more + ")";
    }
}
