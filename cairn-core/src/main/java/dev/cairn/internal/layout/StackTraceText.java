package dev.cairn.internal.layout;

import dev.cairn.internal.ObjectText;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Renders a throwable with its causes and suppressed exceptions in the JDK's {@code printStackTrace} layout, one line
 * per element, each frame line starting with a tab. Unlike {@code printStackTrace} it survives a {@code toString()}
 * that throws, stops at circular references, caps the depth of nested causes, keeps each exception's header on one
 * line (so every line is a header or a frame), and never calls back into logging.
 */
public final class StackTraceText {

    private static final int MAX_NESTING = 32;

    private StackTraceText() {}

    /** Appends the rendered trace, lines separated by {@code \n}, no trailing newline. */
    public static void append(StringBuilder out, Throwable throwable) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(throwable);
        appendHeader(out, throwable);
        StackTraceElement[] frames = framesOf(throwable);
        for (StackTraceElement frame : frames) {
            out.append("\n\tat ").append(frame);
        }
        appendEnclosed(out, throwable, frames, "", seen, 0);
    }

    private static void appendEnclosed(
            StringBuilder out,
            Throwable parent,
            StackTraceElement[] parentFrames,
            String indent,
            Set<Throwable> seen,
            int nesting) {
        for (Throwable suppressed : suppressedOf(parent)) {
            appendChild(out, suppressed, parentFrames, indent + "\t", "Suppressed: ", seen, nesting + 1);
        }
        Throwable cause = parent.getCause();
        if (cause != null) {
            appendChild(out, cause, parentFrames, indent, "Caused by: ", seen, nesting + 1);
        }
    }

    private static void appendChild(
            StringBuilder out,
            Throwable child,
            StackTraceElement[] parentFrames,
            String indent,
            String caption,
            Set<Throwable> seen,
            int nesting) {
        out.append('\n').append(indent).append(caption);
        if (!seen.add(child)) {
            out.append("[CIRCULAR REFERENCE: ");
            appendHeader(out, child);
            out.append(']');
            return;
        }
        appendHeader(out, child);
        if (nesting > MAX_NESTING) {
            out.append('\n').append(indent).append("\t... more causes omitted");
            return;
        }
        StackTraceElement[] frames = framesOf(child);
        int inCommon = framesInCommon(frames, parentFrames);
        for (int i = 0; i < frames.length - inCommon; i++) {
            out.append('\n').append(indent).append("\tat ").append(frames[i]);
        }
        if (inCommon > 0) {
            out.append('\n').append(indent).append("\t... ").append(inCommon).append(" more");
        }
        appendEnclosed(out, child, frames, indent, seen, nesting);
    }

    /**
     * The throwable's {@code toString()} on one line: a message's line breaks are written as {@code \n}, {@code \r}
     * and its backslashes as {@code \\}, so an escaped line break cannot be confused with the two characters.
     */
    private static void appendHeader(StringBuilder out, Throwable throwable) {
        String header = ObjectText.of(throwable);
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append(c);
            }
        }
    }

    private static int framesInCommon(StackTraceElement[] frames, StackTraceElement[] parentFrames) {
        int m = frames.length - 1;
        int n = parentFrames.length - 1;
        while (m >= 0 && n >= 0 && frames[m].equals(parentFrames[n])) {
            m--;
            n--;
        }
        return frames.length - 1 - m;
    }

    private static StackTraceElement[] framesOf(Throwable throwable) {
        try {
            StackTraceElement[] frames = throwable.getStackTrace();
            return frames == null ? new StackTraceElement[0] : frames;
        } catch (RuntimeException e) {
            return new StackTraceElement[0];
        }
    }

    private static Throwable[] suppressedOf(Throwable throwable) {
        try {
            return throwable.getSuppressed();
        } catch (RuntimeException e) {
            return new Throwable[0];
        }
    }
}
