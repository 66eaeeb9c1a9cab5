package dev.cairn.cli.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the lines that were not usable records across all inputs and keeps the first few
 * locations; also notes inputs that ended early because their compressed data was damaged.
 */
public final class BadLineLog {

    private final List<String> first = new ArrayList<>();
    private final List<String> damaged = new ArrayList<>();
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

    synchronized void damaged(Input input, String why) {
        damaged.add("cairn: " + input.name() + " ends early (" + why + "); its readable part was used");
    }

    public synchronized long count() {
        return count;
    }

    /** Locations ({@code file:line}) of the first few bad lines. */
    public synchronized List<String> first() {
        return List.copyOf(first);
    }

    /** Lines for stderr (damaged inputs, then skipped lines), or an empty list if all was well. */
    public synchronized List<String> summary() {
        List<String> lines = new ArrayList<>(damaged);
        if (count > 0) {
            String more = count > first.size() ? ", …" : "";
            lines.add("cairn: skipped " + count + (count == 1 ? " line" : " lines") + " that are not JSON log records ("
                    + String.join(", ", first) + more + ")");
        }
        return lines;
    }
}
