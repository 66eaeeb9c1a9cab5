package dev.cairn.agent.internal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent's only output of its own: one line on standard error per problem, each starting with
 * {@code cairn-agent:}. The number of lines is bounded, so that a systematic failure (say, every class of a
 * library) cannot flood the console.
 */
public final class ErrorReport {

    static final int MAX_LINES = 20;

    private final PrintStream out;
    private final AtomicInteger lines = new AtomicInteger();

    public ErrorReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Reports one problem, unless {@link #MAX_LINES} have already been reported. Control characters (from exception
     * messages or agent arguments) are escaped, so that a report is always one line.
     */
    public void line(String message) {
        int number = lines.incrementAndGet();
        if (number < MAX_LINES) {
            out.println("cairn-agent: " + escaped(message));
        } else if (number == MAX_LINES) {
            out.println("cairn-agent: " + escaped(message) + " (further problems are not reported)");
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
