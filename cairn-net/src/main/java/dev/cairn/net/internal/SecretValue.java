package dev.cairn.net.internal;

import dev.cairn.spi.SinkContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credential option's value with each {@code ${VARIABLE}} replaced by that environment variable, so a
 * configuration file need not hold the secret. Errors name the option and the variable, never the value.
 */
final class SecretValue {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private SecretValue() {}

    static String resolve(SinkContext context, String option, String raw) {
        Matcher matcher = VARIABLE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = context.environmentVariable(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "the value of " + option + " uses ${" + matcher.group(1) + "}, which is not set");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        String value = out.toString();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new IllegalArgumentException(
                        "the value of " + option + " holds a space or a control character, which it cannot carry");
            }
        }
        return value;
    }
}
