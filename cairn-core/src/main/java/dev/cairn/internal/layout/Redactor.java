package dev.cairn.internal.layout;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which field keys hold secrets. A key matches a sensitive word when, ignoring letter case and the separators
 * {@code _ - . } and space, it is that word or ends with it: {@code apiKey}, {@code API-KEY} and {@code x_api_key}
 * all match {@code api_key}; {@code db_password} matches {@code password}; {@code tokenizer} matches nothing.
 *
 * <p>Matching walks the key backwards in place, so checking a key allocates nothing.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";

    /** The words redacted by default. */
    public static final Set<String> DEFAULT_WORDS = Set.of(
            "password",
            "passwd",
            "secret",
            "token",
            "access_token",
            "refresh_token",
            "authorization",
            "cookie",
            "set-cookie",
            "api_key",
            "private_key",
            "credit_card",
            "ssn");

    private final char[][] words;

    public Redactor(Collection<String> words) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String word : words) {
            String n = normalize(word);
            if (!n.isEmpty()) {
                normalized.add(n);
            }
        }
        this.words = normalized.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    /** The word in its matching form: lower case, separators removed. */
    public static String normalize(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isSeparator(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether values under {@code key} are written as {@link #MASK}. */
    public boolean isSensitive(String key) {
        for (char[] word : words) {
            if (endsWith(key, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String key, char[] word) {
        int k = key.length() - 1;
        for (int w = word.length - 1; w >= 0; w--) {
            while (k >= 0 && isSeparator(key.charAt(k))) {
                k--;
            }
            if (k < 0 || Character.toLowerCase(key.charAt(k)) != word[w]) {
                return false;
            }
            k--;
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || c == '-' || c == '.' || c == ' ';
    }
}
