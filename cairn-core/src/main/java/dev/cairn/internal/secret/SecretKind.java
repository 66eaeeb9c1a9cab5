package dev.cairn.internal.secret;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The secret shapes Cairn recognises, each named as in {@code cairn.secrets.detect} and in its mask. */
public enum SecretKind {
    /** A JSON Web Token: {@code eyJ…} header, payload and signature in base64url, separated by dots. */
    JWT("jwt"),
    /** The credential after {@code Bearer } (any letter case); the word itself stays. */
    BEARER("bearer"),
    /** An AWS access key id: {@code AKIA}, {@code ASIA} or another documented prefix, then 16 capitals or digits. */
    AWS_ACCESS_KEY("aws-access-key"),
    /** A PEM private key block, from {@code -----BEGIN … PRIVATE KEY-----} to its {@code END} line. */
    PRIVATE_KEY("private-key"),
    /** A GitHub token: {@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_} or {@code github_pat_}. */
    GITHUB_TOKEN("github-token"),
    /** A Slack token: {@code xoxb-}, {@code xoxp-}, {@code xoxa-}, {@code xoxr-}, {@code xoxs-} or {@code xapp-}. */
    SLACK_TOKEN("slack-token"),
    /** A payment card number: 13 to 19 digits (single spaces or dashes between them allowed) passing the Luhn check. */
    CARD_NUMBER("card-number");

    private final String key;
    private final String mask;

    SecretKind(String key) {
        this.key = key;
        this.mask = "[REDACTED:" + key + "]";
    }

    /** The name in configuration and in the mask. */
    public String key() {
        return key;
    }

    /** What a match is replaced with: {@code [REDACTED:<key>]}. */
    public String mask() {
        return mask;
    }

    /** Every kind's key, comma-separated, for messages. */
    public static String allKeys() {
        return EnumSet.allOf(SecretKind.class).stream().map(SecretKind::key).collect(Collectors.joining(", "));
    }

    /**
     * The kinds a {@code cairn.secrets.detect} value names: {@code all}, {@code none}, or a comma-separated list of
     * keys.
     *
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    public static Set<SecretKind> parse(String value) {
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("all")) {
            return EnumSet.allOf(SecretKind.class);
        }
        Set<SecretKind> kinds = EnumSet.noneOf(SecretKind.class);
        if (trimmed.equals("none")) {
            return kinds;
        }
        for (String part : trimmed.split(",", -1)) {
            String name = part.trim();
            SecretKind found = null;
            for (SecretKind kind : values()) {
                if (kind.key.equals(name)) {
                    found = kind;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown secret kind \"" + name + "\"");
            }
            kinds.add(found);
        }
        return kinds;
    }
}
