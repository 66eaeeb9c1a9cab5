package dev.cairn.cli.render;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn at most five times a second. Only created
 * when standard error is a terminal and {@code --quiet} is off; cleared when done so it never
 * mixes with results.
 */
public final class ProgressBar {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long total;
    private final LongSupplier done;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private long lastDraw;
    private boolean drawn;

    /**
     * @param total    bytes to read, or -1 when unknown (stdin)
     * @param done     bytes read so far
     * @param nanoTime the clock, {@code System::nanoTime} outside tests
     */
    public ProgressBar(PrintStream err, long total, LongSupplier done, LongSupplier nanoTime) {
        this.err = err;
        this.total = total;
        this.done = done;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    public void update() {
        long now = nanoTime.getAsLong();
        // Quick runs finish without a bar flashing up; after that, redraw at most five times a second.
        if (now - startNanos < REDRAW_NANOS * 2 || (drawn && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        long d = done.getAsLong();
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String rate = bytes((long) (d / seconds)) + "/s";
        String line;
        if (total > 0) {
            double f = Math.min(1, (double) d / total);
            int filled = (int) Math.round(f * WIDTH);
            line = String.format(
                    Locale.ROOT,
                    "[%s%s] %3.0f%% %s of %s %s",
                    "#".repeat(filled),
                    ".".repeat(WIDTH - filled),
                    f * 100,
                    bytes(d),
                    bytes(total),
                    rate);
        } else {
            line = bytes(d) + " " + rate;
        }
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    public void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        do {
            v /= 1024;
            u++;
        } while (v >= 1024 && u < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
