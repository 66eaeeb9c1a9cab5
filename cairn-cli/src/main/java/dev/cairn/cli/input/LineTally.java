package dev.cairn.cli.input;

import java.util.Arrays;

/** Lines seen in one chunk and which of them were bad (the first few, by index within the chunk). */
public final class LineTally {

    static final int REMEMBERED = 5;

    private int lines;
    private int badCount;
    private final int[] badIndexes = new int[REMEMBERED];

    void line() {
        lines++;
    }

    void bad(int index) {
        if (badCount < REMEMBERED) {
            badIndexes[badCount] = index;
        }
        badCount++;
    }

    public int lines() {
        return lines;
    }

    public int badCount() {
        return badCount;
    }

    /** Zero-based indexes within the chunk of the first few bad lines. */
    public int[] badIndexes() {
        return Arrays.copyOf(badIndexes, Math.min(badCount, REMEMBERED));
    }
}
