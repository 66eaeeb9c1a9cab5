package dev.cairn.internal.secret;

import dev.cairn.internal.layout.Utf8Output;
import java.util.Set;

/**
 * Finds well-known secret shapes in an encoded record and replaces each with {@code [REDACTED:<kind>]}.
 *
 * <p>One pass, no regular expressions: a candidate starts only at a token boundary (the record's start, a character
 * that is not a letter, digit or {@code _}, or right after a JSON escape such as {@code \n}) on one of a few trigger
 * characters ({@code e B b A - g x} and the digits 2–6), and each matcher reads forward a bounded distance or to the end
 * of a run it then skips, so the cost is linear in the record's length whatever its content.
 *
 * <p>In a JSON record the scanner follows string boundaries, so a match outside a string (a card number written as a
 * JSON number) is replaced by the mask in quotes and the line stays valid JSON. Card numbers must start with 2 to 6
 * (the issuer ranges in use), which keeps epoch milliseconds and most ids from being taken for one.
 */
public final class SecretScanner {

    private static final String[] AWS_PREFIXES = {
        "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "APKA", "AROA"
    };

    private final boolean jwt;
    private final boolean bearer;
    private final boolean aws;
    private final boolean privateKey;
    private final boolean github;
    private final boolean slack;
    private final boolean card;
    private final boolean json;
    /**
     * The record being scanned, copied, and copied back around the masks: a layout and so its scanner is used by one
     * thread at a time. Scanned as UTF-8 bytes: every byte of a multi-byte character is negative, so it is never a
     * trigger nor part of a word, and the ASCII a secret is made of is found as in text.
     */
    private byte[] original = new byte[512];

    /** A scanner for {@code kinds} in records of the JSON layout ({@code json}) or the text layout. */
    public SecretScanner(Set<SecretKind> kinds, boolean json) {
        this.jwt = kinds.contains(SecretKind.JWT);
        this.bearer = kinds.contains(SecretKind.BEARER);
        this.aws = kinds.contains(SecretKind.AWS_ACCESS_KEY);
        this.privateKey = kinds.contains(SecretKind.PRIVATE_KEY);
        this.github = kinds.contains(SecretKind.GITHUB_TOKEN);
        this.slack = kinds.contains(SecretKind.SLACK_TOKEN);
        this.card = kinds.contains(SecretKind.CARD_NUMBER);
        this.json = json;
    }

    /**
     * Masks every secret in {@code record} from index {@code recordStart} on.
     *
     * @return how many were masked
     */
    public int mask(Utf8Output record, int recordStart) {
        int length = record.length() - recordStart;
        if (original.length < length) {
            original = new byte[Math.max(length, original.length * 2)];
        }
        System.arraycopy(record.array(), recordStart, original, 0, length);
        byte[] out = original;
        int from = 0;
        int[] found = null;
        int count = 0;
        boolean inString = false;
        int i = from;
        while (i < length) {
            int c = out[i];
            if (c < 0 || !TRIGGERS[c]) {
                i++;
                continue;
            }
            if (json) {
                if (c == '"') {
                    inString = !inString;
                    i++;
                    continue;
                }
                if (c == '\\' && inString) {
                    i += 2;
                    continue;
                }
            }
            int start = i;
            int end = -1;
            SecretKind kind = null;
            if (isTrigger(c) && isBoundary(out, from, i)) {
                switch (c) {
                    case 'e' -> {
                        end = jwt ? jwt(out, i, length) : -1;
                        kind = SecretKind.JWT;
                    }
                    case 'B', 'b' -> {
                        end = bearer ? bearer(out, i, length) : -1;
                        start = i + 7;
                        kind = SecretKind.BEARER;
                    }
                    case 'A' -> {
                        end = aws ? aws(out, i, length) : -1;
                        kind = SecretKind.AWS_ACCESS_KEY;
                    }
                    case '-' -> {
                        end = privateKey ? privateKey(out, i, length) : -1;
                        kind = SecretKind.PRIVATE_KEY;
                    }
                    case 'g' -> {
                        end = github ? github(out, i, length) : -1;
                        kind = SecretKind.GITHUB_TOKEN;
                    }
                    case 'x' -> {
                        end = slack ? slack(out, i, length) : -1;
                        kind = SecretKind.SLACK_TOKEN;
                    }
                    default -> {
                        end = card ? card(out, i, length) : -1;
                        kind = SecretKind.CARD_NUMBER;
                    }
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (found == null) {
                found = new int[12];
            } else if (count * 4 == found.length) {
                found = java.util.Arrays.copyOf(found, found.length * 2);
            }
            found[count * 4] = start;
            found[count * 4 + 1] = end;
            found[count * 4 + 2] = kind.ordinal();
            found[count * 4 + 3] = json && !inString ? 1 : 0;
            count++;
            i = end;
        }
        if (count > 0) {
            record.setLength(recordStart);
            int copied = 0;
            for (int m = 0; m < count; m++) {
                record.append(original, copied, found[m * 4] - copied);
                String mask = SecretKind.values()[found[m * 4 + 2]].mask();
                if (found[m * 4 + 3] == 1) {
                    record.append('"').append(mask).append('"');
                } else {
                    record.append(mask);
                }
                copied = found[m * 4 + 1];
            }
            record.append(original, copied, length - copied);
        }
        return count;
    }

    /** The characters the main loop stops at: trigger characters, and in JSON the quote and the backslash. */
    private static final boolean[] TRIGGERS = new boolean[128];

    static {
        for (char c : "eBbAgx-23456\"\\".toCharArray()) {
            TRIGGERS[c] = true;
        }
    }

    private static boolean isTrigger(int c) {
        return c == 'e'
                || c == 'B'
                || c == 'b'
                || c == 'A'
                || c == '-'
                || c == 'g'
                || c == 'x'
                || (c >= '2' && c <= '6');
    }

    private static boolean isBoundary(byte[] out, int from, int i) {
        if (i == from || !isWord(out[i - 1])) {
            return true;
        }
        // Right after an escape written by a layout: \n \r \t \b \f, or \\u0000.
        return (i - 2 >= from && out[i - 2] == '\\') || (i - 6 >= from && out[i - 6] == '\\');
    }

    private static boolean isWord(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isBase64Url(int c) {
        return isWord(c) || c == '-';
    }

    private static int run(byte[] out, int i, int length, boolean withDash, boolean withUnderscore) {
        int j = i;
        while (j < length) {
            int c = out[j];
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || (withDash && c == '-')
                    || (withUnderscore && c == '_');
            if (!ok) {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean startsWith(byte[] out, int i, int length, String prefix) {
        if (i + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (out[i + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code eyJ…} (at least 10 characters) {@code .} payload {@code .} signature (may be empty). */
    private static int jwt(byte[] out, int i, int length) {
        if (!startsWith(out, i, length, "eyJ")) {
            return -1;
        }
        int header = run(out, i, length, true, true);
        if (header - i < 10 || header >= length || out[header] != '.') {
            return -1;
        }
        int payload = run(out, header + 1, length, true, true);
        if (payload - header - 1 < 2 || payload >= length || out[payload] != '.') {
            return -1;
        }
        return run(out, payload + 1, length, true, true);
    }

    /** {@code Bearer } then at least 8 characters of RFC 6750's token68; the match is the token. */
    private static int bearer(byte[] out, int i, int length) {
        if (i + 7 > length) {
            return -1;
        }
        String word = "bearer ";
        for (int k = 0; k < 7; k++) {
            if (Character.toLowerCase(out[i + k]) != word.charAt(k)) {
                return -1;
            }
        }
        int j = i + 7;
        while (j < length) {
            int c = out[j];
            if (isBase64Url(c) || c == '.' || c == '~' || c == '+' || c == '/') {
                j++;
            } else {
                break;
            }
        }
        while (j < length && out[j] == '=') {
            j++;
        }
        return j - (i + 7) >= 8 ? j : -1;
    }

    private static int aws(byte[] out, int i, int length) {
        if (i + 20 > length) {
            return -1;
        }
        boolean prefix = false;
        for (String candidate : AWS_PREFIXES) {
            prefix |= startsWith(out, i, length, candidate);
        }
        if (!prefix) {
            return -1;
        }
        for (int k = i + 4; k < i + 20; k++) {
            int c = out[k];
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return -1;
            }
        }
        return i + 20 < length && isWord(out[i + 20]) ? -1 : i + 20;
    }

    /**
     * {@code -----BEGIN [A-Z ]*PRIVATE KEY-----} to the end of the matching {@code END} line; without one, to the end of
     * the JSON string (a closing quote, not an escaped one) or of the record, so that a cut block is masked too.
     */
    private static int privateKey(byte[] out, int i, int length) {
        if (!startsWith(out, i, length, "-----BEGIN ")) {
            return -1;
        }
        int j = i + 11;
        while (j < length && j - i < 60 && ((out[j] >= 'A' && out[j] <= 'Z') || out[j] == ' ')) {
            j++;
        }
        if (!startsWith(out, j - 11, length, "PRIVATE KEY") || !startsWith(out, j, length, "-----")) {
            return -1;
        }
        j += 5;
        while (j < length) {
            int c = out[j];
            if (c == '\\') {
                // An escape (\" or \\ in JSON) belongs to the block, so the mask never ends between its two halves.
                j = Math.min(j + 2, length);
                continue;
            }
            if (c == '"') {
                return j;
            }
            if (c == '-' && startsWith(out, j, length, "-----END ")) {
                int k = j + 9;
                while (k < length && ((out[k] >= 'A' && out[k] <= 'Z') || out[k] == ' ')) {
                    k++;
                }
                while (k < length && out[k] == '-') {
                    k++;
                }
                return k;
            }
            j++;
        }
        return length;
    }

    private static int github(byte[] out, int i, int length) {
        if (startsWith(out, i, length, "github_pat_")) {
            int end = run(out, i + 11, length, false, true);
            return end - i - 11 >= 22 ? end : -1;
        }
        if (i + 4 > length || out[i + 1] != 'h' || out[i + 3] != '_') {
            return -1;
        }
        int type = out[i + 2];
        if (type != 'p' && type != 'o' && type != 'u' && type != 's' && type != 'r') {
            return -1;
        }
        int end = run(out, i + 4, length, false, false);
        return end - i - 4 >= 30 && !(end < length && out[end] == '_') ? end : -1;
    }

    private static int slack(byte[] out, int i, int length) {
        int body;
        if (startsWith(out, i, length, "xapp-")) {
            body = i + 5;
        } else if (i + 5 <= length
                && startsWith(out, i, length, "xox")
                && "baprs".indexOf(out[i + 3]) >= 0
                && out[i + 4] == '-') {
            body = i + 5;
        } else {
            return -1;
        }
        int end = run(out, body, length, true, false);
        return end - body >= 10 ? end : -1;
    }

    /** 13 to 19 digits, single spaces or dashes between digits allowed, passing Luhn, not followed by a word character. */
    private static int card(byte[] out, int i, int length) {
        // Luhn doubles every second digit from the right; which ones is known only at the end, so both sums are kept.
        int evenDoubled = 0;
        int oddDoubled = 0;
        int count = 0;
        int j = i;
        while (j < length) {
            int c = out[j];
            if (c >= '0' && c <= '9') {
                if (count == 19) {
                    return -1;
                }
                int d = c - '0';
                int doubled = d * 2 > 9 ? d * 2 - 9 : d * 2;
                if (count % 2 == 0) {
                    evenDoubled += doubled;
                    oddDoubled += d;
                } else {
                    evenDoubled += d;
                    oddDoubled += doubled;
                }
                count++;
                j++;
            } else if ((c == ' ' || c == '-') && j + 1 < length && isDigit(out[j + 1]) && isDigit(out[j - 1])) {
                j++;
            } else {
                break;
            }
        }
        if (count < 13 || (j < length && isWord(out[j]))) {
            return -1;
        }
        int sum = count % 2 == 0 ? evenDoubled : oddDoubled;
        return sum % 10 == 0 ? j : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
