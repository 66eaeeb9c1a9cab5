package dev.cairn.syslog.internal;

/**
 * The header fields of RFC 5424 (HOSTNAME, APP-NAME, PROCID, MSGID) and the names in structured data are printable
 * US-ASCII without spaces, each within a length: this makes any text such a field, so that no space, control character
 * or non-ASCII character of a host name, a service or a logged value can end a field early or forge a message.
 */
public final class HeaderField {

    /** RFC 5424's {@code NILVALUE}, written for a field that is empty. */
    public static final String NIL = "-";

    private HeaderField() {}

    /**
     * {@code value} as a header field of at most {@code maxLength} characters: every character outside {@code !} to
     * {@code ~} becomes {@code _} (a UTF-16 surrogate pair, one character, becomes one {@code _}); null or empty becomes
     * {@link #NIL}.
     */
    public static String of(String value, int maxLength) {
        return clean(value, maxLength, false);
    }

    /**
     * {@code value} as an SD-NAME (a structured-data parameter name or id): as {@link #of}, at most 32 characters, and
     * {@code =}, {@code ]}, {@code "} also become {@code _}; null or empty becomes {@code _}.
     */
    public static String sdName(String value) {
        String name = clean(value, 32, true);
        return name.equals(NIL) && (value == null || value.isEmpty()) ? "_" : name;
    }

    private static String clean(String value, int maxLength, boolean sdName) {
        if (value == null || value.isEmpty()) {
            return NIL;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength));
        for (int i = 0; i < value.length() && out.length() < maxLength; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            }
            boolean allowed = c >= '!' && c <= '~' && !(sdName && (c == '=' || c == ']' || c == '"'));
            out.append(allowed ? c : '_');
        }
        return out.toString();
    }
}
