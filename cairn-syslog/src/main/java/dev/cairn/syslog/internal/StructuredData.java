package dev.cairn.syslog.internal;

/**
 * Writes one SD-ELEMENT of RFC 5424: {@code [id name="value" ...]}, names made valid by {@link HeaderField#sdName}
 * and values escaped as section 6.3.3 requires ({@code "}, {@code \} and {@code ]} preceded by {@code \}). Any other
 * character of a value, control characters and non-ASCII included, is written as it is: the value is UTF-8 inside its
 * quotes and cannot end the element.
 */
final class StructuredData {

    private final StringBuilder out;
    private boolean open;

    StructuredData(StringBuilder out) {
        this.out = out;
    }

    /** Adds one parameter, opening the element {@code id} (already a valid SD-ID) first if needed. */
    void param(String id, String name, String value) {
        if (!open) {
            out.append('[').append(id);
            open = true;
        }
        out.append(' ').append(HeaderField.sdName(name)).append("=\"");
        appendEscaped(out, value);
        out.append('"');
    }

    /** Closes the element, or writes {@link HeaderField#NIL} when no parameter was added. */
    void end() {
        out.append(open ? "]" : HeaderField.NIL);
    }

    /** Appends {@code value} escaped as a PARAM-VALUE. */
    static void appendEscaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
