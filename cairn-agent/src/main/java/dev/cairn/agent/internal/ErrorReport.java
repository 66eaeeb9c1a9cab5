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

    /** Reports one problem, unless {@link #MAX_LINES} have already been reported. */
    public void line(String message) {
        int number = lines.incrementAndGet();
        if (number < MAX_LINES) {
            out.println("cairn-agent: " + message);
        } else if (number == MAX_LINES) {
            out.println("cairn-agent: " + message + " (further problems are not reported)");
        }
    }
}
