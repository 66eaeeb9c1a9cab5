package dev.cairn.cli.report;

import dev.cairn.cli.render.TextEscaper;

/** Escapes log-derived text for HTML element content and attribute values. */
final class Html {

    private Html() {}

    /** Control and bidi characters are first made visible (as in the text view), then markup characters escaped. */
    static String escape(String s) {
        String visible = TextEscaper.escape(s == null ? "" : s);
        StringBuilder sb = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
