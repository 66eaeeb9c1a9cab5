package dev.cairn.syslog.internal;

import java.util.List;
import java.util.Locale;

/** The syslog facilities of RFC 5424 section 6.2.1, by name or code. */
public final class Facility {

    /** The names of codes 0 to 23, as rsyslog and syslog.conf spell them. */
    private static final List<String> NAMES = List.of(
            "kern",
            "user",
            "mail",
            "daemon",
            "auth",
            "syslog",
            "lpr",
            "news",
            "uucp",
            "cron",
            "authpriv",
            "ftp",
            "ntp",
            "audit",
            "alert",
            "clock",
            "local0",
            "local1",
            "local2",
            "local3",
            "local4",
            "local5",
            "local6",
            "local7");

    /** What {@link #parse} accepts, for error lines. */
    public static final String ALLOWED = "a facility name (kern, user, mail, daemon, auth, syslog, lpr, news, uucp,"
            + " cron, authpriv, ftp, ntp, audit, alert, clock, local0 to local7) or its code from 0 to 23";

    private Facility() {}

    /** The name of facility {@code code}, 0 to 23. */
    public static String name(int code) {
        return NAMES.get(code);
    }

    /**
     * The code of the facility {@code raw} names, or of the code {@code raw} is.
     *
     * @throws IllegalArgumentException if {@code raw} is neither
     */
    public static int parse(String raw) {
        String name = raw.trim().toLowerCase(Locale.ROOT);
        int index = NAMES.indexOf(name);
        if (index >= 0) {
            return index;
        }
        int code = Integer.parseInt(name);
        if (code < 0 || code >= NAMES.size()) {
            throw new IllegalArgumentException("facility code out of range: " + code);
        }
        return code;
    }
}
