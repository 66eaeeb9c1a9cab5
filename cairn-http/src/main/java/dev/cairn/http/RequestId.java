package dev.cairn.http;

import java.util.UUID;

/**
 * The request's id, decided from the client's {@code X-Request-ID} header in one place: the offered value is kept when
 * it is 1 to {@value #MAX_LENGTH} of {@code A-Z a-z 0-9 . _ : -}, otherwise a new UUID is used. A kept id goes into the
 * {@code request_id} of every record and back in the {@code X-Request-ID} response header unchanged, so it can hold
 * nothing else: no control character, escape, space, quote or line break, and never more than 128 characters. A rejected
 * value is only shown, cut to {@value #SHOWN_REJECTED} characters (never inside a surrogate pair) and escaped by the
 * layout like any value (docs/web.md).
 *
 * @param value the id of the request
 * @param rejected the offered value as shown in the warning, or null when it was kept or none was offered
 */
record RequestId(String value, String rejected) {

    static final int MAX_LENGTH = 128;
    static final int SHOWN_REJECTED = 64;

    /** The id for a request whose {@code X-Request-ID} is {@code offered} (null when absent). */
    static RequestId of(String offered) {
        if (offered != null && isAllowed(offered)) {
            return new RequestId(offered, null);
        }
        return new RequestId(UUID.randomUUID().toString(), offered == null ? null : shown(offered));
    }

    /** Whether {@code id} is 1 to 128 of {@code A-Z a-z 0-9 . _ : -}. */
    static boolean isAllowed(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} cut to 64 characters and {@code …}, never between the two halves of a surrogate pair. */
    static String shown(String value) {
        if (value.length() <= SHOWN_REJECTED) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN_REJECTED - 1)) ? SHOWN_REJECTED - 1 : SHOWN_REJECTED;
        return value.substring(0, end) + "…";
    }
}
