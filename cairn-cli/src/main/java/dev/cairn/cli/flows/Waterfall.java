package dev.cairn.cli.flows;

import dev.cairn.cli.render.TextEscaper;
import java.util.Locale;

/** Draws a {@link FlowTimeline} as text: one row per step, indented by depth, with a bar placed on the flow's time axis. */
public final class Waterfall {

    private static final int BAR_WIDTH = 40;
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    public Waterfall(boolean color) {
        this.color = color;
    }

    public void render(FlowTimeline t, StringBuilder sb) {
        sb.append("flow ");
        TextEscaper.append(sb, String.valueOf(t.flowId()));
        sb.append("  ").append(t.status() == null ? "?" : TextEscaper.escape(t.status()));
        sb.append("  ").append(ms(t.totalMs())).append('\n');
        int nameWidth = 8;
        for (FlowTimeline.Step s : t.steps()) {
            nameWidth = Math.max(
                    nameWidth,
                    Math.min(40, s.depth() * 2 + TextEscaper.escape(s.fn()).length()));
        }
        double span = t.spanMs();
        double scale = span > 0 ? BAR_WIDTH / span : 0;
        for (FlowTimeline.Step s : t.steps()) {
            String name = "  ".repeat(s.depth()) + TextEscaper.escape(s.fn());
            sb.append("  ").append(pad(name, nameWidth)).append(" |");
            int start = (int) Math.min(BAR_WIDTH - 1, Math.floor(s.startMs() * scale));
            int len = (int) Math.max(1, Math.min(BAR_WIDTH - start, Math.round(s.ms() * scale)));
            sb.append(" ".repeat(start));
            boolean red = color && s.failed();
            if (red) {
                sb.append(RED);
            }
            sb.append("█".repeat(len));
            if (red) {
                sb.append(RESET);
            }
            sb.append(" ".repeat(BAR_WIDTH - start - len)).append("| ");
            sb.append(String.format(Locale.ROOT, "%9s", ms(s.ms())));
            if (s.failed()) {
                sb.append("  FAILED");
            }
            sb.append('\n');
        }
        if (t.failed() && t.error() != null) {
            sb.append("  error: ");
            TextEscaper.append(sb, t.error());
            sb.append('\n');
        }
    }

    /** Milliseconds with one decimal, or three below 1 ms where steps are often microseconds long. */
    static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 1 ? "%.3f ms" : "%.1f ms", ms);
    }

    private static String pad(String s, int width) {
        if (s.length() >= width) {
            return s.substring(0, width);
        }
        return s + " ".repeat(width - s.length());
    }
}
