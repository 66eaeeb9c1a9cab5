package dev.cairn.internal.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Request headers from configuration, {@code Name=value,Other=value} (the format of
 * {@code OTEL_EXPORTER_OTLP_HEADERS}), where {@code ${VARIABLE}} in a value is replaced by that environment variable,
 * so a token can stay out of configuration files. Values are credentials: no message and no {@code toString} ever
 * shows one, only header names.
 */
public final class HeaderList {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final List<String> names;
    private final List<String> values;

    private HeaderList(List<String> names, List<String> values) {
        this.names = List.copyOf(names);
        this.values = List.copyOf(values);
    }

    /**
     * Reads {@code text}; {@code environment} fills in {@code ${VARIABLE}}s.
     *
     * @throws IllegalArgumentException naming the header (never its value) that is malformed or whose variable is
     *     not set
     */
    public static HeaderList parse(String text, Map<String, String> environment) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int position = 0;
        for (String part : text.split(",")) {
            position++;
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = (equals < 0 ? part : part.substring(0, equals)).trim();
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("header number " + position
                        + " is not Name=value with a name of letters, digits and !#$%&'*+.^_`|~-");
            }
            if (equals < 0) {
                throw new IllegalArgumentException("header " + name + " has no =value");
            }
            String value = expand(name, part.substring(equals + 1).trim(), environment);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 && c != '\t' || c == 0x7f) {
                    throw new IllegalArgumentException("the value of header " + name + " holds a control character");
                }
            }
            names.add(name);
            values.add(value);
        }
        return new HeaderList(names, values);
    }

    private static String expand(String name, String value, Map<String, String> environment) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String replacement = environment.get(variable.group(1));
            if (replacement == null) {
                throw new IllegalArgumentException(
                        "the value of header " + name + " uses ${" + variable.group(1) + "}, which is not set");
            }
            variable.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        variable.appendTail(expanded);
        return expanded.toString();
    }

    /** The header names, in order. */
    public List<String> names() {
        return names;
    }

    /** The value of the header at {@code index} of {@link #names()}: a credential, never to be printed. */
    public String value(int index) {
        return values.get(index);
    }

    /** The header names only: values may be credentials. */
    @Override
    public String toString() {
        return names.isEmpty() ? "no headers" : "headers " + String.join(", ", names) + " (values hidden)";
    }
}
